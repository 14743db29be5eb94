/**
 * Code actions on review tags themselves, computed from the document's current text: remove
 * a tag, fix malformed tag markup, tag the selection.
 */
import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver';
import { TAG_KINDS, type Span, type TagProblem, type TagScan } from '../engine/index.js';
import { removeTagEdits, tagAt, tagEdits } from '../engine/tags/edits.js';
import { workspaceEdit, type EditTarget } from './actionEdits.js';

/** The kind prefix of the selection refactors; the client's "Tag Selection as…" command asks for it. */
export const TAG_SELECTION_KIND = `${CodeActionKind.RefactorRewrite}.tagSelection`;

/** Title of the selection refactor for a kind, e.g. `Tag selection as comment`; the client matches on it. */
export function tagSelectionTitle(kind: string): string {
  return `Tag selection as ${kind}`;
}

/** "Remove tag" for the innermost tag around the requested span. */
export function removeTagAction(target: EditTarget, text: string, scan: TagScan, span: Span): CodeAction | undefined {
  const tag = tagAt(scan, span.start);
  if (!tag || span.end > tag.close.end) {
    return undefined;
  }
  return {
    title: `Remove the review:${tag.kind} tag`,
    kind: CodeActionKind.RefactorRewrite,
    edit: workspaceEdit(target, removeTagEdits(text, tag)),
  };
}

/** Quick fixes of malformed tags at the requested span, each linked to its `tag/…` diagnostic. */
export function tagProblemActions(target: EditTarget, scan: TagScan, span: Span, diagnostic: (p: TagProblem) => Diagnostic): CodeAction[] {
  const out: CodeAction[] = [];
  for (const problem of scan.problems) {
    if (!problem.repair || problem.span.end < span.start || problem.span.start > span.end) {
      continue;
    }
    out.push({
      title: problem.repair.title,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic(problem)],
      isPreferred: true,
      edit: workspaceEdit(target, problem.repair.edits),
    });
  }
  return out;
}

/** "Tag selection as …", one per kind, for a non-blank selection that can be tagged. */
export function tagSelectionActions(target: EditTarget, text: string, selection: Span): CodeAction[] {
  if (selection.end <= selection.start) {
    return [];
  }
  const out: CodeAction[] = [];
  for (const kind of TAG_KINDS) {
    const edits = tagEdits(text, selection, kind);
    if (edits) {
      out.push({ title: tagSelectionTitle(kind), kind: TAG_SELECTION_KIND, edit: workspaceEdit(target, edits) });
    }
  }
  return out;
}
