import type { Position, Span } from './types.js';

/** One physical line of a document, without its line terminator. */
export interface Line extends Span {
  /** 0-based line number. */
  readonly index: number;
  /** The line's text, without `\r\n`, `\n` or `\r`. */
  readonly text: string;
}

/**
 * Maps UTF-16 offsets to LSP positions and back. Lines end at `\r\n`, `\n` or `\r`,
 * as in LSP and VS Code.
 */
export class LineMap {
  /** Offsets at which each line starts. */
  private readonly starts: number[];
  readonly lines: readonly Line[];

  constructor(readonly text: string) {
    const starts = [0];
    const lines: Line[] = [];
    let lineStart = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || c === 13) {
        lines.push({ index: lines.length, start: lineStart, end: i, text: text.slice(lineStart, i) });
        if (c === 13 && text.charCodeAt(i + 1) === 10) {
          i++;
        }
        lineStart = i + 1;
        starts.push(lineStart);
      }
    }
    lines.push({ index: lines.length, start: lineStart, end: text.length, text: text.slice(lineStart) });
    this.starts = starts;
    this.lines = lines;
  }

  /** The 0-based line that contains `offset` (clamped to the document). */
  lineAt(offset: number): number {
    return lineIndexAt(this.starts, Math.max(0, Math.min(offset, this.text.length)));
  }

  /** The LSP position of `offset`; an offset inside a line terminator maps to the line's end. */
  positionAt(offset: number): Position {
    const line = this.lineAt(offset);
    const l = this.lines[line]!;
    const o = Math.max(0, Math.min(offset, this.text.length));
    return { line, character: Math.min(o, l.end) - l.start };
  }

  /** The offset of an LSP position, clamped to its line. */
  offsetAt(position: Position): number {
    if (position.line < 0) {
      return 0;
    }
    if (position.line >= this.lines.length) {
      return this.text.length;
    }
    const l = this.lines[position.line]!;
    return Math.min(l.start + Math.max(0, position.character), l.end);
  }
}

/** Offsets of `span` with surrounding white space removed. */
export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && isSpace(text.charCodeAt(start))) {
    start++;
  }
  while (end > start && isSpace(text.charCodeAt(end - 1))) {
    end--;
  }
  return { start, end };
}

function isSpace(c: number): boolean {
  if (c < 0x80) {
    return c === 32 || (c >= 9 && c <= 13);
  }
  // Unicode white space (NBSP, ideographic and other wide spaces, line separators), zero-width space, BOM.
  return c === 0x200b || c === 0xfeff || /\s/u.test(String.fromCharCode(c));
}

/**
 * A key under which two lines count as "the same line": NFKC, lower case, letters and
 * digits only, single spaces. Quotes, dashes and punctuation differences vanish.
 *
 * Lines of ASCII, Russian letters and common punctuation take a one-pass fast path with
 * the same result; any other character sends the line to {@link normaliseAnyLine}.
 */
export function normaliseLine(text: string): string {
  let out = '';
  let gap = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const kind = c < FAST_LIMIT ? FAST_KIND[c]! : FAST_SEPARATORS.has(c) ? SEPARATOR : OTHER;
    if (kind === SEPARATOR) {
      gap = true;
    } else if (kind === OTHER) {
      return normaliseAnyLine(text);
    } else {
      if (gap && out.length > 0) {
        out += ' ';
      }
      gap = false;
      out += FAST_LOWER[c]!;
    }
  }
  return out;
}

/** {@link normaliseLine} for any text: the general (slower) path. */
export function normaliseAnyLine(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const OTHER = 0;
const WORD = 1;
const SEPARATOR = 2;
/** Code units below this are classified by {@link FAST_KIND}: ASCII, Latin-1 and Cyrillic. */
const FAST_LIMIT = 0x460;
/** Fast-path candidates: ASCII, NBSP, «», middle dot, and Russian (and other basic Cyrillic) letters. */
const FAST_CANDIDATES: readonly number[] = [
  ...range(0x00, 0x7f),
  0xa0,
  0xab,
  0xb7,
  0xbb,
  ...range(0x400, 0x45f),
];
/** Punctuation above {@link FAST_LIMIT} that the fast path knows: dashes, quotes, ellipsis, bullet. */
const FAST_SEPARATOR_CANDIDATES: readonly number[] = [
  0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2018, 0x2019, 0x201a, 0x201c, 0x201d, 0x201e, 0x2022, 0x2026,
];

/**
 * Each candidate's class, checked against the general path at load time so the table cannot
 * disagree with it: a word character is its own NFKC form and lower-cases to one letter or
 * digit; a separator normalises to nothing. Every candidate is a starter that composes with
 * no other candidate, so a line of candidates normalises character by character.
 */
const FAST_KIND = new Uint8Array(FAST_LIMIT);
const FAST_LOWER: string[] = new Array<string>(FAST_LIMIT).fill('');
const FAST_SEPARATORS = new Set<number>();
for (const c of FAST_CANDIDATES) {
  const ch = String.fromCharCode(c);
  const key = normaliseAnyLine(ch);
  if (key === '') {
    FAST_KIND[c] = SEPARATOR;
  } else if (ch.normalize('NFKC') === ch && key.length === 1 && key === ch.toLowerCase()) {
    FAST_KIND[c] = WORD;
    FAST_LOWER[c] = key;
  }
}
for (const c of FAST_SEPARATOR_CANDIDATES) {
  if (normaliseAnyLine(String.fromCharCode(c)) === '') {
    FAST_SEPARATORS.add(c);
  }
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, k) => from + k);
}

const LETTER = /^\p{L}$/u;
const NUMBER = /^\p{N}$/u;
/** Bits of {@link unitClass}. */
const KNOWN = 1;
const IS_LETTER = 2;
const IS_NUMBER = 4;
/** Per BMP code unit: 0 until first asked, then {@link KNOWN} and whether it is a letter or number. */
const unitClasses = new Uint8Array(0x10000);

function unitClass(c: number): number {
  let bits = unitClasses[c]!;
  if (bits === 0) {
    const ch = String.fromCharCode(c);
    bits = KNOWN | (LETTER.test(ch) ? IS_LETTER : 0) | (NUMBER.test(ch) ? IS_NUMBER : 0);
    unitClasses[c] = bits;
  }
  return bits;
}

/**
 * Whether the code unit `c` is a letter or number (`\p{L}` or `\p{N}`) on its own, as a `u`
 * regular expression reads it (a lone surrogate is neither). Cached per code unit.
 */
export function isLetterOrNumberUnit(c: number): boolean {
  return (unitClass(c) & (IS_LETTER | IS_NUMBER)) !== 0;
}

/** Whether the code unit `c` is a letter (`\p{L}`) on its own; see {@link isLetterOrNumberUnit}. */
export function isLetterUnit(c: number): boolean {
  return (unitClass(c) & IS_LETTER) !== 0;
}

/** Whether the surrogate pair `pair` (two code units) is a letter or number (`\p{L}` or `\p{N}`). */
export function isLetterOrNumberPair(pair: string): boolean {
  return LETTER.test(pair) || NUMBER.test(pair);
}

/** Whether `text` has a surrogate pair at `i`: a high surrogate, then a low one. */
export function isSurrogatePairAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) {
    return false;
  }
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff;
}

/**
 * Word-like tokens (letters, with inner apostrophes and hyphens) of a string: the matches of
 * `/\p{L}+(?:['’\-]\p{L}+)*\/gu`, found in one pass.
 */
export function words(text: string): string[] {
  const tokens: string[] = [];
  let start = -1;
  for (let i = 0; i < text.length; ) {
    const size = letterSizeAt(text, i);
    if (size > 0) {
      if (start < 0) {
        start = i;
      }
      i += size;
      continue;
    }
    if (start >= 0) {
      // An apostrophe or hyphen joins the letters on both sides; otherwise the token ends here.
      const c = text.charCodeAt(i);
      if ((c === 0x27 || c === 0x2019 || c === 0x2d) && letterSizeAt(text, i + 1) > 0) {
        i++;
        continue;
      }
      tokens.push(text.slice(start, i));
      start = -1;
    }
    i++;
  }
  if (start >= 0) {
    tokens.push(text.slice(start));
  }
  return tokens;
}

/** The length in code units of the letter (`\p{L}`) at `i`: 1, 2 for a surrogate pair, 0 for no letter. */
export function letterSizeAt(text: string, i: number): number {
  if (i >= text.length) {
    return 0;
  }
  if (isSurrogatePairAt(text, i)) {
    return LETTER.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  return isLetterUnit(text.charCodeAt(i)) ? 1 : 0;
}

/** The index of the last of the ascending `starts` that is at or before `offset` (0 when none is). */
export function lineIndexAt(starts: ArrayLike<number>, offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) {
      lo = mid;
    } else {
      hi = mid - 1;
    }
  }
  return lo;
}
