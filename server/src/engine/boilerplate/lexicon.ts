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

const containsCache = new Map<CueKind, RegExp>();
const wholeCache = new Map<CueKind, RegExp>();

/** A regex that finds a cue of `kind` anywhere in a line (English or Russian, any case). */
export function cueIn(kind: CueKind): RegExp {
  let re = containsCache.get(kind);
  if (!re) {
    re = new RegExp(`${NOT_WORD_BEFORE}(?:${alternation(kind)})${NOT_WORD_AFTER}`, 'iu');
    containsCache.set(kind, re);
  }
  return re;
}

const globalCache = new Map<CueKind, RegExp>();

/** How many cues of `kind` a line holds (distinct occurrences). */
export function cueCount(kind: CueKind, text: string): number {
  let re = globalCache.get(kind);
  if (!re) {
    re = new RegExp(cueIn(kind).source, 'giu');
    globalCache.set(kind, re);
  }
  return text.match(re)?.length ?? 0;
}

/** Tests whether a whole line is a cue. */
export interface LineMatcher {
  test(text: string): boolean;
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
export const READER_ADDRESS = new RegExp(
  `${NOT_WORD_BEFORE}(?:[Yy]ou(?:rs?|rself|'re|’re|'ll|’ll|'ve|’ve)?|YOU(?:RS?)?|[Ww]e(?:'re|’re|'ve|’ve|'d|’d)?|WE|[Oo]urs?|OURS?|[Uu]s|[Dd]ear [Rr]eaders?|[Вв]ы|[Вв]ас|[Вв]ам|[Вв]ами|[Вв]аш\\p{L}*|[Мм]ы|[Нн]ас|[Нн]ам|[Нн]ами|[Нн]аш\\p{L}*|(?:[Уу]важаемые|[Дд]орогие) (?:читатели|друзья|подписчики))${NOT_WORD_AFTER}`,
  'u',
);

/** Reporting someone's words: the mark of article text, not of a publisher's appeal. */
export const ATTRIBUTION = new RegExp(
  `${NOT_WORD_BEFORE}(?:said|says|told|according to|stated|added|noted|explained|claimed|reported|announced|wrote|asked|сказал\\p{L}*|заявил\\p{L}*|сообщил\\p{L}*|отметил\\p{L}*|подчеркнул\\p{L}*|по словам|по данным|переда[её]т|пишет|говорит\\p{L}*|рассказал\\p{L}*|напомнил\\p{L}*|добавил\\p{L}*|считает|признал\\p{L}*|пояснил\\p{L}*)${NOT_WORD_AFTER}`,
  'iu',
);

/** Currency amounts: "$2", "€10", "500 ₽", "100 руб.", "£5 a month". */
export const CURRENCY = /(?:[$€£₽¥]\s?\d|\d\s?(?:[$€£₽¥]|руб(?:\.|лей|ля)?|usd|eur|долл))/iu;
