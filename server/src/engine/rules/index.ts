import type { Rule } from './rule.js';

/** The explicit, ordered registry of rules: earlier rules win overlapping spans of their category. */
export const RULES: readonly Rule[] = Object.freeze([]);
