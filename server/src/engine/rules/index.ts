import type { Rule } from './rule.js';
import { BOILERPLATE_RULES } from './boilerplate/index.js';
import { readerComment } from './comment/reader-comment.js';
import { unattributedClaim } from './attribution/unattributed-claim.js';
import { vagueAttribution } from './attribution/vague-attribution.js';
import { TAG_RULES } from './tag/index.js';

/** The explicit, ordered registry of rules: earlier rules win overlapping spans of their category. */
export const RULES: readonly Rule[] = Object.freeze([
  // Boilerplate: most specific first, generic page chrome last.
  ...BOILERPLATE_RULES,
  // Reader comments.
  readerComment,
  // Attribution: runs after boilerplate and comments, whose findings mark what is not article body.
  unattributedClaim,
  vagueAttribution,
  // Problems with review tags.
  ...TAG_RULES,
]);
