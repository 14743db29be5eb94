import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { THREE_LINE_PARAGRAPH } from './fixtures.js';
import { ServerHarness, fileUri, tempWorkspace } from './harness.js';

describe('bad input over the protocol', { timeout: 120_000 }, () => {
  let server: ServerHarness;
  let root: string;
  let healthy: string;

  before(async () => {
    root = tempWorkspace({});
    ({ server } = await ServerHarness.start({ workspace: root }));
    healthy = fileUri(join(root, 'healthy.seed'));
    await server.open(healthy, THREE_LINE_PARAGRAPH);
    await server.diagnostics(healthy);
  });

  after(async () => {
    assert.equal(await server.stop(), 0);
  });

  /** The server still answers: folding on the healthy document is exact, and a hover request resolves. */
  async function stillAnswers(): Promise<void> {
    assert.ok(server.alive, `the server is running; stderr: ${server.errorOutput}`);
    assert.deepEqual((await server.folding(healthy))?.map((r) => [r.startLine, r.endLine]), [[0, 2]]);
    const hover = await server.hover(healthy, { line: 4, character: 3 });
    assert.ok(hover === null || typeof (hover.contents as { value?: unknown }).value === 'string', 'a hover answer (none or Markdown)');
  }

  it('handles an empty document', async () => {
    const uri = fileUri(join(root, 'empty.seed'));
    await server.open(uri, '');
    assert.deepEqual((await server.diagnostics(uri)).diagnostics, []);
    assert.equal(await server.hover(uri, { line: 0, character: 0 }), null);
    await stillAnswers();
  });

  it('skips a 10 MB document with one information notice', async () => {
    const uri = fileUri(join(root, 'huge.seed'));
    const line = 'Support our newsroom with a monthly gift. The weather was mild and dry all week.\n';
    await server.open(uri, line.repeat(Math.ceil(10_000_000 / line.length)));
    const { diagnostics } = await server.diagnostics(uri);
    assert.equal(diagnostics.length, 1);
    assert.equal(diagnostics[0]!.code, 'document/too-large');
    assert.equal(diagnostics[0]!.severity, 3);
    assert.match(diagnostics[0]!.message as string, /too large/u);
    assert.equal(await server.hover(uri, { line: 0, character: 3 }), null);
    assert.deepEqual(await server.folding(uri), []);
    await stillAnswers();
  });

  it('analyses a document whose only line is 1 MB long', async () => {
    const uri = fileUri(join(root, 'long-line.seed'));
    const words = 'река мост город news river bridge ';
    const text = words.repeat(Math.ceil(1_000_000 / words.length));
    await server.open(uri, text);
    const { diagnostics } = await server.diagnostics(uri);
    for (const d of diagnostics) {
      assert.equal(d.range.start.line, 0);
      assert.ok(d.range.end.character <= text.length);
    }
    await stillAnswers();
  });

  it('handles NUL bytes in a document', async () => {
    const uri = fileUri(join(root, 'nul.seed'));
    await server.open(uri, 'Read\u0000 more\u0000\u0000\nThe ferry\u0000 left on time.\n');
    await server.diagnostics(uri);
    await stillAnswers();
  });

  it('handles lone surrogates', async () => {
    const uri = fileUri(join(root, 'surrogates.seed'));
    await server.open(uri, 'Broken \uD800 text and \uDC00 more.\nПоддержите \uD83D нас!\n');
    const { diagnostics } = await server.diagnostics(uri);
    for (const d of diagnostics) {
      assert.ok(d.range.end.line <= 2);
    }
    await stillAnswers();
  });

  it('keeps CRLF line ends out of ranges', async () => {
    const uri = fileUri(join(root, 'crlf.seed'));
    const lines = ['Line one of a Windows file.', 'Line two.', 'Line three.'];
    await server.open(uri, lines.join('\r\n') + '\r\n');
    const { diagnostics } = await server.diagnostics(uri);
    for (const d of diagnostics) {
      assert.ok(d.range.end.character <= (lines[d.range.end.line] ?? '').length, 'no range ends inside a line break');
    }
    const ranges = await server.folding(uri);
    assert.deepEqual(ranges?.map((r) => [r.startLine, r.endLine]), [[0, 2]]);
    await stillAnswers();
  });

  it('exits when its standard input closes', async () => {
    const { server: other } = await ServerHarness.start({});
    const code = await other.closeInput();
    assert.notEqual(code, null, 'the process exited');
  });
});
