import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Rule } from '../../server/src/engine/index.js';
import { THREE_LINE_PARAGRAPH } from './fixtures.js';
import { ServerHarness } from './harness.js';

/** A rule with a bug: it throws on any document that mentions a volcano. */
const FRAGILE: Rule = {
  id: 'boilerplate/fragile',
  category: 'boilerplate',
  defaultSeverity: 'warning',
  description: 'Flags lines about museums; throws on volcanoes.',
  detect(doc) {
    if (doc.text.includes('volcano')) {
      throw new Error('the fragile rule tripped');
    }
    return doc.lines.filter((l) => l.text.includes('museum')).map((l) => ({ start: l.start, end: l.end, message: 'A museum line.' }));
  },
};

describe('a rule that throws', { timeout: 30_000 }, () => {
  let server: ServerHarness;

  before(async () => {
    ({ server } = await ServerHarness.start({ inProcessRules: [FRAGILE] }));
  });

  after(async () => {
    await server.stop();
  });

  it('turns into one notice on that document, with the error in the log', async () => {
    const uri = 'untitled:volcano';
    await server.open(uri, 'The volcano erupted twice overnight.\nAsh fell on three villages.\n');
    const { diagnostics } = await server.diagnostics(uri);
    assert.equal(diagnostics.length, 1);
    assert.equal(diagnostics[0]!.code, 'document/analysis-failed');
    assert.match(diagnostics[0]!.message as string, /the fragile rule tripped/u);
    await server.message('log', /analysing untitled:volcano failed: Error: the fragile rule tripped/u);
    assert.equal(await server.hover(uri, { line: 0, character: 4 }), null);
  });

  it('leaves other documents analysed and answered', async () => {
    const uri = 'untitled:museum';
    await server.open(uri, THREE_LINE_PARAGRAPH);
    const { diagnostics } = await server.diagnostics(uri);
    assert.deepEqual(diagnostics.map((d) => [d.code, d.range.start.line]), [['boilerplate/fragile', 0]]);
    const hover = await server.hover(uri, { line: 0, character: 2 });
    assert.match((hover?.contents as { value: string }).value, /Flags lines about museums/u);
    assert.deepEqual((await server.folding(uri))?.map((r) => [r.startLine, r.endLine]), [[0, 2]]);
  });
});
