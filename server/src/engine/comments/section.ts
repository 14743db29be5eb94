import type { Span } from '../types.js';
import type { SeedDocument } from '../document.js';

/** One reader comment (a reply included) inside a comment section. */
export interface ReaderComment extends Span {
  /** 1-based number of the comment within its section, in document order. */
  readonly number: number;
  /** 0 for a top-level comment, 1 for a reply to it, and so on. */
  readonly depth: number;
  readonly firstLine: number;
  readonly lastLine: number;
}

/** The block of reader comments that a scraper saved after an article. */
export interface CommentSection extends Span {
  readonly firstLine: number;
  readonly lastLine: number;
  readonly comments: readonly ReaderComment[];
}

/**
 * Finds the reader-comment section of a document, or `null` when it has none.
 * (First version: not implemented yet; always `null`.)
 */
export function findCommentSection(_doc: SeedDocument): CommentSection | null {
  return null;
}
