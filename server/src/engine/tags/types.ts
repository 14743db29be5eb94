/**
 * Review tags (see the outside contract): HTML comments a reviewer writes into a seed to
 * record a decision, e.g. `<!-- review:boilerplate -->Support us!<!-- /review -->`.
 * Offsets are UTF-16 code units into the document text, like every {@link Span}.
 */
import type { Span } from '../types.js';

/** The kinds of review tag the contract defines. */
export type TagKind = 'boilerplate' | 'comment' | 'unattributed' | 'attributed' | 'note';

/** All tag kinds, in the contract's order. */
export const TAG_KINDS: readonly TagKind[] = ['boilerplate', 'comment', 'unattributed', 'attributed', 'note'];

/** One well-formed tag: an opening comment, the tagged content, and its closing comment. */
export interface ReviewTag {
  readonly kind: TagKind;
  /** The free-text `note="…"` of the opening tag, unescaped; `undefined` when absent. */
  readonly note?: string;
  /** The opening comment `<!-- review:kind … -->`, exactly. */
  readonly open: Span;
  /** The closing comment `<!-- /review -->`, exactly. */
  readonly close: Span;
  /** The tagged text between the two comments (for the block form: the lines between them). */
  readonly content: Span;
  /** Whether the opening and closing tags stand on lines of their own (the block form). */
  readonly block: boolean;
}

/** What is wrong with a piece of tag markup. */
export type TagProblemKind = 'unclosed' | 'unmatched-close' | 'unknown-kind' | 'malformed-note';

/** A piece of tag markup that could not be read as a tag; it becomes a `tag` diagnostic. */
export interface TagProblem {
  readonly kind: TagProblemKind;
  /** The offending comment. */
  readonly span: Span;
  /** One sentence for the reader, naming what is wrong and what would be right. */
  readonly message: string;
  /** The edit that makes this markup well-formed (the quick fix), when one can be told. */
  readonly repair?: TagRepair;
}

/** A plain text edit: replace `span` of the document text with `newText`. */
export interface TagEdit {
  readonly span: Span;
  readonly newText: string;
}

/** A named fix of a {@link TagProblem}: edits that never touch text outside the tag markup. */
export interface TagRepair {
  /** What the fix does, e.g. `Close the tag`, for a quick-fix title. */
  readonly title: string;
  readonly edits: readonly TagEdit[];
}

/** Every tag of a document and every problem with its tag markup. */
export interface TagScan {
  /** Well-formed tags, sorted by `open.start`. */
  readonly tags: readonly ReviewTag[];
  readonly problems: readonly TagProblem[];
  /**
   * Every comment read as tag markup, well-formed or not (opening, closing, unknown kind,
   * stray, missing `-->`), sorted: what the analysis masks so detectors never see it.
   * Always set by `scanTags`; optional so hand-made scans (tests) may leave it out.
   */
  readonly markup?: readonly Span[];
}
