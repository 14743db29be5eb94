import type { LanguageCode, Span } from './types.js';
import { EN_ABBREVIATIONS } from './language/en.js';
import { RU_ABBREVIATIONS } from './language/ru.js';

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
  for (const seg of segmentInWindows(segmenterFor(language), slice)) {
    const start = span.start + seg.index;
    const end = start + seg.segment.length;
    const prev = pieces[pieces.length - 1];
    if (prev && (isListNumber(text.slice(prev.start, prev.end)) || shouldJoin(text, prev.end, start))) {
      prev.end = end;
    } else {
      pieces.push({ start, end });
    }
  }
  const out: Span[] = [];
  for (const p of pieces) {
    let { start, end } = p;
    while (start < end && /\s/u.test(text[start]!)) {
      start++;
    }
    while (end > start && /\s/u.test(text[end - 1]!)) {
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
 * ICU sentence segments of `text`, fed in windows: V8's segment iterator is quadratic in the
 * length of the string (a 1 MB line took over a minute). A window ends after whitespace that
 * follows . ! or ?, else after any whitespace; a cut at an abbreviation is joined back by
 * {@link shouldJoin} like any other break.
 */
function* segmentInWindows(segmenter: Intl.Segmenter, text: string): Generator<{ index: number; segment: string }> {
  for (let from = 0; from < text.length; ) {
    const to = text.length - from > SEGMENT_WINDOW ? windowEnd(text, from) : text.length;
    for (const seg of segmenter.segment(text.slice(from, to))) {
      yield { index: from + seg.index, segment: seg.segment };
    }
    from = to;
  }
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

/** "2." or "3)" alone: a list number that ICU cut off its item. */
function isListNumber(piece: string): boolean {
  return /^\s*\d{1,3}[.)]\s*$/u.test(piece);
}

const TOKEN_BEFORE_DOT = /([\p{L}.]+)\.\s*$/u;

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
  const m = TOKEN_BEFORE_DOT.exec(before);
  if (!m) {
    return false;
  }
  const token = m[1]!;
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
