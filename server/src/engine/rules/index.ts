import type { Rule } from './rule.js';
import { readerComment } from './comment/reader-comment.js';

/** The explicit, ordered registry of rules: earlier rules win overlapping spans of their category. */
export const RULES: readonly Rule[] = Object.freeze([
  // Reader comments.
  readerComment,
]);
