/**
 * `textDocument/codeAction`: quick fixes on findings and malformed tags, refactors on a
 * selection or a tag, and the `source.fixAll.sourceReview` source action.
 *
 * Every edit is a versioned `documentChanges` edit for the version its offsets were computed
 * on, so the client refuses an edit gone stale. Actions on findings are offered only when the
 * latest analysis is of the document's current version; actions on tags and selections are
 * computed from the current text and are offered always.
 */
import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic, type Range } from 'vscode-languageserver';
import { LineMap, scanTags, type Finding, type TagProblem } from '../engine/index.js';
import { DIAGNOSTIC_SOURCE, toDiagnostic, toLspSeverity } from './convert.js';
import { FIX_ALL_KIND, wanted, type EditTarget } from './actionEdits.js';
import { findingActions, fixAllAction, type FindingContext } from './findingActions.js';
import { TAG_SELECTION_KIND, removeTagAction, tagProblemActions, tagSelectionActions } from './tagActions.js';
import type { CurrentAnalysis } from './reviewSession.js';

/** The kinds of code action the server offers (the `codeActionProvider` capability). */
export const CODE_ACTION_KINDS: readonly string[] = [CodeActionKind.QuickFix, CodeActionKind.RefactorRewrite, TAG_SELECTION_KIND, FIX_ALL_KIND];

/** The code actions for a request, given the document's current state (see {@link CurrentAnalysis}). */
export function codeActions(current: CurrentAnalysis, params: CodeActionParams, documentChanges: boolean): CodeAction[] {
  const uri = params.textDocument.uri;
  const only = params.context.only;
  const fresh = current.analysis !== undefined && current.analysis.version === current.version ? current.analysis : undefined;
  const lineMap = fresh?.doc.lineMap ?? new LineMap(current.text);
  const target: EditTarget = { uri, version: current.version, lineMap, documentChanges };
  const span = { start: lineMap.offsetAt(params.range.start), end: lineMap.offsetAt(params.range.end) };
  const scan = fresh?.doc.tags ?? scanTags(current.text);
  const sent = params.context.diagnostics;
  const out: CodeAction[] = [];

  if (fresh) {
    const ctx: FindingContext = {
      target,
      text: current.text,
      findings: fresh.findings,
      scan,
      diagnostic: (f) => sent.find((d) => sameDiagnostic(d, String(f.rule), toDiagnostic(lineMap, f).range)) ?? toDiagnostic(lineMap, f),
    };
    if (wanted(CodeActionKind.QuickFix, only)) {
      out.push(...findingActions(ctx, fresh.findings.filter((f) => f.start <= span.end && f.end >= span.start)));
    }
    if (wanted(FIX_ALL_KIND, only)) {
      const fixAll = fixAllAction(ctx);
      if (fixAll) {
        out.push(fixAll);
      }
    }
  }
  if (wanted(CodeActionKind.QuickFix, only)) {
    out.push(...tagProblemActions(target, scan, span, (p) => problemDiagnostic(sent, lineMap, p)));
  }
  if (wanted(CodeActionKind.RefactorRewrite, only)) {
    const removal = removeTagAction(target, current.text, scan, span);
    if (removal) {
      out.push(removal);
    }
  }
  if (wanted(TAG_SELECTION_KIND, only)) {
    out.push(...tagSelectionActions(target, current.text, span));
  }
  return out;
}

/** The client's diagnostic of a tag problem, or one made like the published one. */
function problemDiagnostic(sent: readonly Diagnostic[], lineMap: LineMap, problem: TagProblem): Diagnostic {
  const range = { start: lineMap.positionAt(problem.span.start), end: lineMap.positionAt(problem.span.end) };
  const code = `tag/${problem.kind}`;
  return (
    sent.find((d) => sameDiagnostic(d, code, range)) ?? {
      range,
      severity: toLspSeverity('warning'),
      code,
      source: DIAGNOSTIC_SOURCE,
      message: problem.message,
      data: { category: 'tag' satisfies Finding['category'] },
    }
  );
}

function sameDiagnostic(d: Diagnostic, code: string, range: Range): boolean {
  return (
    d.source === DIAGNOSTIC_SOURCE &&
    d.code === code &&
    d.range.start.line === range.start.line &&
    d.range.start.character === range.start.character &&
    d.range.end.line === range.end.line &&
    d.range.end.character === range.end.character
  );
}
