import { EN_CUES } from './lexicon.en.js';
import { RU_CUES } from './lexicon.ru.js';

/** Kinds of chrome that have cue phrases in both languages. */
export type CueKind = keyof typeof EN_CUES & keyof typeof RU_CUES;

const NOT_WORD_BEFORE = '(?<![\\p{L}\\p{N}])';
const NOT_WORD_AFTER = '(?![\\p{L}\\p{N}])';
/** What may trail a UI label: punctuation, arrows, counters, emoji-free decoration. */
const TRAIL = '[\\s.!?:;,…»"”’)\\]>›→»\\-–—|•·*\\d]*';

function alternation(kind: CueKind): string {
  return [...EN_CUES[kind], ...RU_CUES[kind]].join('|');
}

/** Tests whether a line matches (a cue anywhere in it, or the whole line, as documented where it is made). */
export interface LineMatcher {
  test(text: string): boolean;
}

/** The regex of {@link cueIn}: a cue of `kind` anywhere, not inside a longer word. */
function cueInPattern(kind: CueKind): string {
  return `${NOT_WORD_BEFORE}(?:${alternation(kind)})${NOT_WORD_AFTER}`;
}

/** A {@link LineMatcher} that answers as `new RegExp(source, flags).test` would. */
export interface WordBoundedMatcher extends LineMatcher {
  readonly source: string;
  readonly flags: string;
}

/**
 * A matcher with the same answers as `pattern` (which starts with {@link NOT_WORD_BEFORE}),
 * faster: V8 scans a line slowly for a pattern that opens with a lookbehind, so the
 * pattern without it is tried first. Every match of `pattern` is a match of the lighter
 * one at the same place, so a line the lighter one rejects is rejected; where it matches,
 * the full pattern decides, first at that place, then, if the lookbehind failed there,
 * anywhere in the line.
 */
export function wordBoundedMatcher(pattern: string, flags: string): WordBoundedMatcher {
  if (!pattern.startsWith(NOT_WORD_BEFORE) || flags.includes('g') || flags.includes('y')) {
    throw new Error('wordBoundedMatcher: a pattern opening with NOT_WORD_BEFORE, no g or y flag');
  }
  const full = new RegExp(pattern, flags);
  const here = new RegExp(pattern, `${flags}y`);
  const light = new RegExp(pattern.slice(NOT_WORD_BEFORE.length), flags);
  return {
    source: pattern,
    flags,
    test(text) {
      const m = light.exec(text);
      if (m === null) {
        return false;
      }
      here.lastIndex = m.index;
      return here.test(text) || full.test(text);
    },
  };
}

const containsCache = new Map<CueKind, WordBoundedMatcher>();
const wholeCache = new Map<CueKind, RegExp>();

/** A matcher that finds a cue of `kind` anywhere in a line (English or Russian, any case). */
export function cueIn(kind: CueKind): WordBoundedMatcher {
  let matcher = containsCache.get(kind);
  if (!matcher) {
    matcher = wordBoundedMatcher(cueInPattern(kind), 'iu');
    containsCache.set(kind, matcher);
  }
  return matcher;
}

const globalCache = new Map<CueKind, RegExp>();

/** How many cues of `kind` a line holds (distinct occurrences). */
export function cueCount(kind: CueKind, text: string): number {
  let re = globalCache.get(kind);
  if (!re) {
    re = new RegExp(cueInPattern(kind), 'giu');
    globalCache.set(kind, re);
  }
  return text.match(re)?.length ?? 0;
}

/** UI lines are short; the cap also bounds the work of the anchored patterns on huge lines. */
const MAX_CUE_LINE = 200;

/** A matcher for a line consisting of nothing but a cue of `kind` (and trailing marks). */
export function cueLine(kind: CueKind): LineMatcher {
  let re = wholeCache.get(kind);
  if (!re) {
    re = new RegExp(`^[\\s•·*\\-–—|>›«"“]*(?:${alternation(kind)})${TRAIL}$`, 'iu');
    wholeCache.set(kind, re);
  }
  const whole = re;
  return { test: (text) => text.length <= MAX_CUE_LINE && whole.test(text) };
}

/**
 * Addressing the reader or speaking as the publisher. Case-sensitive for English "us",
 * so that "US" (the country) is not read as a pronoun.
 */
export const READER_ADDRESS = wordBoundedMatcher(
  `${NOT_WORD_BEFORE}(?:[Yy]ou(?:rs?|rself|'re|’re|'ll|’ll|'ve|’ve)?|YOU(?:RS?)?|[Ww]e(?:'re|’re|'ve|’ve|'d|’d)?|WE|[Oo]urs?|OURS?|[Uu]s|[Dd]ear [Rr]eaders?|[Вв]ы|[Вв]ас|[Вв]ам|[Вв]ами|[Вв]аш\\p{L}*|[Мм]ы|[Нн]ас|[Нн]ам|[Нн]ами|[Нн]аш\\p{L}*|(?:[Уу]важаемые|[Дд]орогие) (?:читатели|друзья|подписчики))${NOT_WORD_AFTER}`,
  'u',
);

/** Reporting someone's words: the mark of article text, not of a publisher's appeal. */
export const ATTRIBUTION = wordBoundedMatcher(
  `${NOT_WORD_BEFORE}(?:said|says|told|according to|stated|added|noted|explained|claimed|reported|announced|wrote|asked|сказал\\p{L}*|заявил\\p{L}*|сообщил\\p{L}*|отметил\\p{L}*|подчеркнул\\p{L}*|по словам|по данным|переда[её]т|пишет|говорит\\p{L}*|рассказал\\p{L}*|напомнил\\p{L}*|добавил\\p{L}*|считает|признал\\p{L}*|пояснил\\p{L}*)${NOT_WORD_AFTER}`,
  'iu',
);

/** Currency amounts: "$2", "€10", "500 ₽", "100 руб.", "£5 a month". */
export const CURRENCY = /(?:[$€£₽¥]\s?\d|\d\s?(?:[$€£₽¥]|руб(?:\.|лей|ля)?|usd|eur|долл))/iu;
