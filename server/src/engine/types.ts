/**
 * Core value types of the engine. Everything here is plain data: offsets are
 * UTF-16 code units into the document text, exactly as JavaScript strings and LSP count them.
 */

/** The fixed categories of findings (see the outside contract). */
export type Category = 'boilerplate' | 'comment' | 'unattributed-claim' | 'vague-attribution' | 'tag';

/** All categories, in the order the contract lists them. */
export const CATEGORIES: readonly Category[] = [
  'boilerplate',
  'comment',
  'unattributed-claim',
  'vague-attribution',
  'tag',
];

/** Severity of a finding, named as in the CLI's JSON output. */
export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** ISO 639-1 code of a document's language, or `und` when it cannot be told. */
export type LanguageCode = 'en' | 'ru' | 'uk' | 'und';

/** A half-open range `[start, end)` of UTF-16 offsets into a document's text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A 0-based line and UTF-16 character, as in LSP. */
export interface Position {
  readonly line: number;
  readonly character: number;
}

/** A range of positions, as in LSP. */
export interface Range {
  readonly start: Position;
  readonly end: Position;
}

/** One problem found in one document by one rule. */
export interface Finding extends Span {
  /** Rule id, e.g. `boilerplate/donation-appeal`; also the diagnostic code. */
  readonly rule: string;
  readonly category: Category;
  readonly severity: Severity;
  /** One sentence for the reader: what this span is and why it was flagged. */
  readonly message: string;
  /** Evidence the hover and quick fixes use (e.g. other documents that repeat a line). */
  readonly data?: FindingData;
}

/** Evidence attached to a finding; JSON-serialisable. */
export interface FindingData {
  /** URIs of other documents of the corpus that contain the same line. */
  readonly alsoIn?: readonly string[];
  /** 1-based number of a reader comment within its section. */
  readonly commentNumber?: number;
  /** Nesting depth of a reply (0 for a top-level comment). */
  readonly replyDepth?: number;
  /** Human-readable reasons that added up to the decision. */
  readonly evidence?: readonly string[];
}
