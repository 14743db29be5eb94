import type { LanguageCode, Span } from './types.js';
import { EN_ABBREVIATIONS } from './language/en.js';
import { RU_ABBREVIATIONS } from './language/ru.js';
import { simpleSentenceBreaks } from './sentenceBreaks.js';
import { isLetterUnit, isSurrogatePairAt, letterSizeAt } from './text.js';

/** One sentence of a document: its span (trimmed) and text. */
export interface Sentence extends Span {
  readonly text: string;
  /** 0-based line on which the sentence starts. */
  readonly line: number;
}

const segmenters = new Map<string, Intl.Segmenter>();

function segmenterFor(language: LanguageCode): Intl.Segmenter {
  const locale = language === 'und' ? 'en' : language;
  let s = segmenters.get(locale);
  if (!s) {
    s = new Intl.Segmenter(locale, { granularity: 'sentence' });
    segmenters.set(locale, s);
  }
  return s;
}

/**
 * Splits `text[span]` into sentences. ICU's sentence breaks are merged back where a
 * full stop follows an abbreviation or an initial ("Feb. 22", "U.S.", "В. В. Путин",
 * "1999 г.") or where the next piece cannot start a sentence (lower case, digit, closing mark).
 */
export function splitSentences(text: string, span: Span, language: LanguageCode): Span[] {
  const slice = text.slice(span.start, span.end);
  const pieces: { start: number; end: number }[] = [];
  let segmentStart = 0;
  for (const segmentEnd of segmentEnds(language, slice)) {
    const start = span.start + segmentStart;
    const end = span.start + segmentEnd;
    segmentStart = segmentEnd;
    const prev = pieces[pieces.length - 1];
    if (prev && (isListNumber(text, prev.start, prev.end) || shouldJoin(text, prev.end, start))) {
      prev.end = end;
    } else {
      pieces.push({ start, end });
    }
  }
  const out: Span[] = [];
  for (const p of pieces) {
    let { start, end } = p;
    while (start < end && isWhiteSpace(text.charCodeAt(start))) {
      start++;
    }
    while (end > start && isWhiteSpace(text.charCodeAt(end - 1))) {
      end--;
    }
    if (end > start) {
      out.push({ start, end });
    }
  }
  return out;
}

/** Longest piece of text handed to ICU at once. */
const SEGMENT_WINDOW = 4096;

/**
 * End offsets of the ICU sentence segments of `text`, fed in windows: V8's segment iterator
 * is quadratic in the length of the string (a 1 MB line took over a minute). A window ends
 * after whitespace that follows . ! or ?, else after any whitespace; a cut at an abbreviation
 * is joined back by {@link shouldJoin} like any other break. Windows of plain characters are
 * segmented by {@link simpleSentenceBreaks}, which gives ICU's boundaries without ICU.
 */
function segmentEnds(language: LanguageCode, text: string): number[] {
  const ends: number[] = [];
  for (let from = 0; from < text.length; ) {
    const to = text.length - from > SEGMENT_WINDOW ? windowEnd(text, from) : text.length;
    const window = text.slice(from, to);
    const simple = simpleSentenceBreaks(window);
    if (simple) {
      for (const end of simple) {
        ends.push(from + end);
      }
    } else {
      for (const seg of segmenterFor(language).segment(window)) {
        ends.push(from + seg.index + seg.segment.length);
      }
    }
    from = to;
  }
  return ends;
}

function windowEnd(text: string, from: number): number {
  const limit = from + SEGMENT_WINDOW;
  let lastSpace = -1;
  for (let i = limit - 1; i > from; i--) {
    if (/\s/u.test(text[i]!)) {
      if (lastSpace < 0) {
        lastSpace = i;
      }
      if (/[.!?]["»”’)]*$/u.test(text.slice(Math.max(from, i - 4), i))) {
        return i + 1;
      }
    }
  }
  if (lastSpace > 0) {
    return lastSpace + 1;
  }
  // No space at all: cut anywhere, but not inside a surrogate pair.
  return /[\uD800-\uDBFF]/u.test(text[limit - 1]!) ? limit - 1 : limit;
}

/** "2." or "3)" alone in `text[start, end)`: a list number that ICU cut off its item. */
function isListNumber(text: string, start: number, end: number): boolean {
  let i = start;
  while (i < end && isWhiteSpace(text.charCodeAt(i))) {
    i++;
  }
  const c = text.charCodeAt(i);
  // Most pieces are sentences: only one starting with a digit can be a bare number.
  return i < end && c >= 48 && c <= 57 && /^\s*\d{1,3}[.)]\s*$/u.test(text.slice(start, end));
}

/**
 * What `/\s/u` matches: ECMAScript white space and line terminators, tested on a UTF-16
 * code unit (none of them is outside the BMP).
 */
export function isWhiteSpace(c: number): boolean {
  if (c < 0x80) {
    return c === 32 || (c >= 9 && c <= 13);
  }
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

const SENTENCE_ENDS = new Set([...'.!?…:;»"”\'’)]'].map((c) => c.charCodeAt(0)));

/**
 * Does `text[start, end)` end, white space aside, in one of . ! ? … : ; » " ” ' ’ ) ]?
 * (What `/[.!?…:;»"”'’)\]]\s*$/u` tells of the slice, without slicing.)
 */
export function endsSentence(text: string, start: number, end: number): boolean {
  let i = end - 1;
  while (i >= start && isWhiteSpace(text.charCodeAt(i))) {
    i--;
  }
  return i >= start && SENTENCE_ENDS.has(text.charCodeAt(i));
}

/**
 * The word before the full stop that `before` ends with (white space after it allowed), dots
 * inside it kept ("U.S" of "the U.S. "), as the first group of `/([\p{L}.]+)\.\s*$/u` would
 * give it; `undefined` when `before` does not end that way.
 */
export function tokenBeforeDot(before: string): string | undefined {
  let dot = before.length - 1;
  while (dot >= 0 && isWhiteSpace(before.charCodeAt(dot))) {
    dot--;
  }
  if (dot < 0 || before.charCodeAt(dot) !== 46) {
    return undefined;
  }
  let start = dot;
  while (start > 0) {
    const c = before.charCodeAt(start - 1);
    if (c === 46 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
      start--;
    } else if (c < 0x80) {
      break;
    } else if (start >= 2 && isSurrogatePairAt(before, start - 2)) {
      if (letterSizeAt(before, start - 2) !== 2) {
        break;
      }
      start -= 2;
    } else if (isLetterUnit(c)) {
      start--;
    } else {
      break;
    }
  }
  return start < dot ? before.slice(start, dot) : undefined;
}

function shouldJoin(text: string, prevEnd: number, nextStart: number): boolean {
  const before = text.slice(Math.max(0, prevEnd - 40), prevEnd);
  const next = text.slice(nextStart, nextStart + 3);
  const firstNext = next.trimStart()[0];
  if (firstNext === undefined) {
    return true;
  }
  if (/[\p{Ll}\p{N},;:)\]»”’]/u.test(firstNext)) {
    return !/[!?]\s*$/u.test(before) || /\p{Ll}/u.test(firstNext);
  }
  const token = tokenBeforeDot(before);
  if (token === undefined) {
    return false;
  }
  const lower = token.toLowerCase();
  if (EN_ABBREVIATIONS.has(lower) || RU_ABBREVIATIONS.has(lower)) {
    // "in the U.S. The ..." is ambiguous; an initialism before a capitalised word stays joined
    // only when it is a title or month (Mr. Smith, Feb. 22), not a country code.
    return !/^(?:u\.s|u\.k|u\.n|u\.s\.a|e\.u|d\.c|etc|т\.д|т\.п|др)$/u.test(lower);
  }
  // An initial: one capital letter, possibly after other initials ("J. R.", "В. В.").
  if (/^\p{Lu}$/u.test(token) || /^(?:\p{Lu}\.)+\p{Lu}$/u.test(token)) {
    return true;
  }
  return false;
}
