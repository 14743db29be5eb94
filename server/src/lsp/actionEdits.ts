/** Engine edits as LSP workspace edits, pinned to the document version they were computed for. */
import { TextDocumentEdit, type CodeActionKind, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import type { LineMap, Span, TagEdit } from '../engine/index.js';

/** The kind of the fix-all source action (`editor.codeActionsOnSave`: `"source.fixAll.sourceReview"`). */
export const FIX_ALL_KIND: CodeActionKind = 'source.fixAll.sourceReview';

/** The document an edit applies to. */
export interface EditTarget {
  readonly uri: string;
  /** The version the edit's offsets were computed on; the client refuses the edit for any other. */
  readonly version: number;
  readonly lineMap: LineMap;
  /** Whether the client takes `documentChanges` (versioned edits); otherwise plain `changes`. */
  readonly documentChanges: boolean;
}

/** A workspace edit of one document; insertions at one offset keep their order. */
export function workspaceEdit(target: EditTarget, edits: readonly TagEdit[]): WorkspaceEdit {
  const textEdits: TextEdit[] = edits.map((e) => ({ range: range(target.lineMap, e.span), newText: e.newText }));
  return target.documentChanges
    ? { documentChanges: [TextDocumentEdit.create({ uri: target.uri, version: target.version }, textEdits)] }
    : { changes: { [target.uri]: textEdits } };
}

function range(lineMap: LineMap, span: Span): TextEdit['range'] {
  return { start: lineMap.positionAt(span.start), end: lineMap.positionAt(span.end) };
}

/** Whether an action of `kind` was asked for: `only` lists kinds or their parents; without it, all but source actions. */
export function wanted(kind: CodeActionKind, only: readonly string[] | undefined): boolean {
  if (!only || only.length === 0) {
    return !kind.startsWith('source');
  }
  return only.some((o) => kind === o || kind.startsWith(`${o}.`));
}

/** A short quotation of a span, to tell apart actions on different findings at one place. */
export function quote(text: string, span: Span): string {
  const s = text.slice(span.start, span.end).replace(/\s+/g, ' ').trim();
  return s.length > 32 ? `“${s.slice(0, 31)}…”` : `“${s}”`;
}
