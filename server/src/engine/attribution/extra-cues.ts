/**
 * The user's own reporting phrases (setting `extraAttributionCues`): literal text, found with
 * `indexOf` in the sentence's unquoted text, in any case and as whole words. Never compiled
 * as a pattern, so a phrase like `(a+)+$` is just those six characters.
 */
import type { Span } from '../types.js';
import type { BodySentence } from './body.js';
import type { OwnCue } from './own-cue.js';
import { lexiconOf } from './own-cue.js';
import { sourceAfter, sourceBefore } from './source.js';
import type { SentenceFacts } from './types.js';

/** The phrases as the matcher wants them: trimmed, lower case, non-empty, without duplicates. */
export function normaliseCues(phrases: readonly string[] | undefined): readonly string[] {
  if (!phrases || phrases.length === 0) {
    return [];
  }
  return [...new Set(phrases.map((p) => p.trim().toLocaleLowerCase()).filter((p) => p.length > 0))];
}

/**
 * The first of `cues` in the sentence's unquoted text, as an indirect attribution with the
 * speaker found around it as for a built-in cue; `null` when none occurs.
 */
export function findExtraCue(s: BodySentence, f: SentenceFacts, cues: readonly string[]): OwnCue | null {
  if (cues.length === 0) {
    return null;
  }
  const u = f.unquoted;
  const lower = u.toLocaleLowerCase();
  // Lower-casing keeps UTF-16 length for the scripts concerned; if it did not, offsets would not line up.
  if (lower.length !== u.length) {
    return null;
  }
  let best: Span | null = null;
  for (const cue of cues) {
    const at = wholeWordIndex(lower, cue);
    if (at >= 0 && (best === null || at < best.start)) {
      best = { start: at, end: at + cue.length };
    }
  }
  if (best === null) {
    return null;
  }
  const lex = lexiconOf(f.russian);
  const source = sourceBefore(u, 0, best.start, lex) ?? sourceAfter(u, best.end, u.length, lex);
  const abs = (span: Span): Span => ({ start: s.start + span.start, end: s.start + span.end });
  return { kind: 'indirect', cue: abs(best), source: source ? abs(source) : null, vague: false };
}

/** The first occurrence of `needle` in `hay` not inside a longer word; -1 when none. Linear in `hay` per candidate. */
function wholeWordIndex(hay: string, needle: string): number {
  for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) {
    if (!isWordChar(hay, at - 1, needle, true) && !isWordChar(hay, at + needle.length, needle, false)) {
      return at;
    }
  }
  return -1;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Whether the character at `i` continues a word across the phrase's edge (only checked where the phrase itself ends in a word character). */
function isWordChar(hay: string, i: number, needle: string, before: boolean): boolean {
  if (i < 0 || i >= hay.length) {
    return false;
  }
  const edge = before ? needle[0]! : needle[needle.length - 1]!;
  return WORD_CHAR.test(edge) && WORD_CHAR.test(hay[i]!);
}
