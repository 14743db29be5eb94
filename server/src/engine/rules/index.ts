import type { Rule } from './rule.js';
import { BOILERPLATE_RULES } from './boilerplate/index.js';
import { readerComment } from './comment/reader-comment.js';

/** The explicit, ordered registry of rules: earlier rules win overlapping spans of their category. */
export const RULES: readonly Rule[] = Object.freeze([
  // Boilerplate: most specific first, generic page chrome last.
  ...BOILERPLATE_RULES,
  // Reader comments.
  readerComment,
]);
