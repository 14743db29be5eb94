import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol';
import { fcParams, insertion, markdownSeed } from '../fuzz/arbitraries.js';
import { ServerHarness } from './harness.js';

/** One edit: where (fractions of the current length, so it always fits) and what goes in. */
interface Edit {
  readonly at: number;
  readonly length: number;
  readonly text: string;
  /** Sent in the same notification as the previous edit. */
  readonly batched: boolean;
  /** Ask for a hover after this edit (an analysis of an intermediate version). */
  readonly hover: boolean;
}

const edit: fc.Arbitrary<Edit> = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  length: fc.double({ min: 0, max: 0.3, noNaN: true }),
  text: insertion,
  batched: fc.boolean(),
  hover: fc.boolean(),
});

/** Groups edits into notifications, each a list of changes computed against the text as it stands. */
function changesOf(document: TextDocument, edits: readonly Edit[]): { notifications: TextDocumentContentChangeEvent[][]; hoverAfter: boolean[]; final: string } {
  const notifications: TextDocumentContentChangeEvent[][] = [];
  const hoverAfter: boolean[] = [];
  let current = document;
  for (const e of edits) {
    const text = current.getText();
    const start = Math.floor(e.at * text.length);
    const end = Math.min(text.length, start + Math.floor(e.length * text.length));
    const change = { range: { start: current.positionAt(start), end: current.positionAt(end) }, text: e.text };
    if (e.batched && notifications.length > 0) {
      notifications[notifications.length - 1]!.push(change);
      hoverAfter[hoverAfter.length - 1] ||= e.hover;
    } else {
      notifications.push([change]);
      hoverAfter.push(e.hover);
    }
    current = TextDocument.update(current, [change], current.version + 1);
  }
  return { notifications, hoverAfter, final: current.getText() };
}

describe('incremental edits over the protocol', { timeout: 300_000 }, () => {
  let server: ServerHarness;
  let n = 0;
  let withFindings = 0;

  before(async () => {
    ({ server } = await ServerHarness.start({}));
  });

  after(async () => {
    assert.equal(await server.stop(), 0);
  });

  it('give the same diagnostics as opening the final text afresh, for random edit sequences', async () => {
    await fc.assert(
      fc.asyncProperty(markdownSeed(8), fc.array(edit, { minLength: 1, maxLength: 8 }), async (initial, edits) => {
        n++;
        const edited = `untitled:edited-${n}`;
        const fresh = `untitled:fresh-${n}`;
        await server.open(edited, initial);
        const { notifications, hoverAfter, final } = changesOf(TextDocument.create(edited, 'seed', 1, initial), edits);
        for (const [i, changes] of notifications.entries()) {
          await server.change(edited, changes);
          if (hoverAfter[i]) {
            await server.hover(edited, { line: i, character: 2 });
          }
        }
        const afterEdits = await server.diagnostics(edited);
        await server.open(fresh, final);
        const afresh = await server.diagnostics(fresh);
        await server.close(edited);
        await server.close(fresh);
        assert.deepEqual(afterEdits.diagnostics, afresh.diagnostics);
        withFindings += afresh.diagnostics.length > 0 ? 1 : 0;
      }),
      fcParams(25),
    );
    assert.ok(server.alive, server.errorOutput);
    assert.ok(withFindings > 0, 'some edited texts had findings to compare');
  });
});
