/**
 * The incremental-edit property, over a live server connection: a random sequence of edits
 * (some batched in one notification, some followed by a hover on the intermediate version)
 * gives the same diagnostics as opening the final text afresh. Shared by the protocol test
 * and the long fuzz run.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol';
import type { ServerHarness } from '../protocol/harness.js';
import { insertion, markdownSeed } from './arbitraries.js';

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

/** Counts of what the property saw, so a test can check it compared something. */
export interface EditStats {
  runs: number;
  withFindings: number;
}

/** The property, run against `server`; `stats` is updated as runs go. */
export function editProperty(server: ServerHarness, stats: EditStats, maxEdits = 8): fc.IAsyncPropertyWithHooks<[string, Edit[]]> {
  return fc.asyncProperty(markdownSeed(8), fc.array(edit, { minLength: 1, maxLength: maxEdits }), async (initial, edits) => {
    const n = ++stats.runs;
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
    stats.withFindings += afresh.diagnostics.length > 0 ? 1 : 0;
  });
}
