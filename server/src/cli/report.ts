/** What `check` found, independent of the output format; the reporters render it. */
import type { Category, LanguageCode, Range, RuleInfo, Severity } from '../engine/index.js';
import type { ReportedSource } from './sources.js';

/** One finding, positioned as in LSP (0-based line, UTF-16 character). */
export interface ReportedDiagnostic {
  readonly rule: string;
  readonly category: Category;
  readonly severity: Severity;
  readonly message: string;
  readonly range: Range;
}

/** A file that was read, decoded and checked. */
export interface CheckedFile {
  readonly path: string;
  readonly language: LanguageCode;
  readonly outlet: string | null;
  readonly diagnostics: readonly ReportedDiagnostic[];
  /** Who said what in the article's body: the JSON format's `sources` (set when `check` is asked for them). */
  readonly sources?: readonly ReportedSource[];
  /** Set when the file was not UTF-8 and was decoded by the legacy-encoding policy. */
  readonly encodingNote?: string;
}

/** A file that could not be read or decoded. */
export interface FailedFile {
  readonly path: string;
  readonly error: string;
}

/** One entry of the report, in discovery order. */
export type FileReport = CheckedFile | FailedFile;

/** The whole result of one `check` run. */
export interface CheckReport {
  readonly files: readonly FileReport[];
  /** The rule registry, for SARIF's rule table. */
  readonly rules: readonly RuleInfo[];
}

/** True for a file that could not be read or decoded. */
export function isFailed(file: FileReport): file is FailedFile {
  return 'error' in file;
}
