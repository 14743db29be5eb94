/**
 * The one place where engine values become LSP values. Engine offsets are UTF-16 code
 * units, as LSP positions count them, so conversion is a line lookup, never re-encoding.
 */
import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver';
import type { Finding, LineMap, Severity, Span } from '../engine/index.js';

/** The `source` of every diagnostic the server publishes. */
export const DIAGNOSTIC_SOURCE = 'source-review';

const SEVERITIES: Readonly<Record<Severity, DiagnosticSeverity>> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** The LSP severity of an engine severity. */
export function toLspSeverity(severity: Severity): DiagnosticSeverity {
  return SEVERITIES[severity];
}

/** The LSP range of a span of a document's text. */
export function toLspRange(lineMap: LineMap, span: Span): Range {
  return { start: lineMap.positionAt(span.start), end: lineMap.positionAt(span.end) };
}

/** What a published diagnostic carries in `data`: the finding's category and evidence. */
export type DiagnosticData = { readonly category: Finding['category'] } & NonNullable<Finding['data']>;

/**
 * A finding as an LSP diagnostic: code = rule id, source {@link DIAGNOSTIC_SOURCE}, the
 * category and the finding's evidence in `data` (what hovers and quick fixes need).
 */
export function toDiagnostic(lineMap: LineMap, finding: Finding): Diagnostic {
  const data: DiagnosticData = { category: finding.category, ...finding.data };
  return {
    range: toLspRange(lineMap, finding),
    severity: toLspSeverity(finding.severity),
    code: finding.rule,
    source: DIAGNOSTIC_SOURCE,
    message: finding.message,
    data,
  };
}

/** A server notice on a document's first line (not a finding of any rule). */
export function noticeDiagnostic(code: string, message: string, severity = DiagnosticSeverity.Information): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity,
    code,
    source: DIAGNOSTIC_SOURCE,
    message,
  };
}

/** 1-based line number of a 0-based line, as humans and `#L` link fragments count. */
export function displayLine(zeroBasedLine: number): number {
  return zeroBasedLine + 1;
}
