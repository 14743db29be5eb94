/** Line geometry around tags: whether a comment stands alone on its line, where lines begin and end. */
import type { Span } from '../types.js';

/** Whether `c` is a line break character (`\n` or `\r`). */
export function isBreak(c: number): boolean {
  return c === 10 || c === 13;
}

function isInlineSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x0b || c === 0x0c || c === 0x2009 || c === 0x200b || c === 0x202f || c === 0xfeff;
}

/** Offset where the line containing `offset` starts, if only inline white space lies between; otherwise -1. */
export function blankBefore(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && isInlineSpace(text.charCodeAt(i - 1))) {
    i--;
  }
  return i === 0 || isBreak(text.charCodeAt(i - 1)) ? i : -1;
}

/** Offset of the line break (or text end) after `offset`, if only inline white space lies between; otherwise -1. */
export function blankAfter(text: string, offset: number): number {
  let i = offset;
  while (i < text.length && isInlineSpace(text.charCodeAt(i))) {
    i++;
  }
  return i === text.length || isBreak(text.charCodeAt(i)) ? i : -1;
}

/** Whether `span` stands alone on its line (only white space beside it). */
export function aloneOnLine(text: string, span: Span): boolean {
  return blankBefore(text, span.start) >= 0 && blankAfter(text, span.end) >= 0;
}

/** Length of the line break at `offset` (2 for `\r\n`, 1 for `\n` or `\r`, 0 for none). */
export function breakLength(text: string, offset: number): number {
  const c = text.charCodeAt(offset);
  if (c === 13) {
    return text.charCodeAt(offset + 1) === 10 ? 2 : 1;
  }
  return c === 10 ? 1 : 0;
}

/** Offset of the end of the line containing `offset` (its line break, or the text end). */
export function lineEnd(text: string, offset: number): number {
  let i = offset;
  while (i < text.length && !isBreak(text.charCodeAt(i))) {
    i++;
  }
  return i;
}

/** Offset where the line containing `offset` starts. */
export function lineStart(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && !isBreak(text.charCodeAt(i - 1))) {
    i--;
  }
  return i;
}

/** The document's line break: the first one it uses, `\n` when it has none. */
export function eolOf(text: string): string {
  const i = text.search(/[\r\n]/);
  if (i < 0) {
    return '\n';
  }
  return text[i] === '\r' ? (text[i + 1] === '\n' ? '\r\n' : '\r') : '\n';
}

/** Whether the line starting at `offset` is blank (white space only). */
export function isBlankLine(text: string, offset: number): boolean {
  return blankAfter(text, offset) >= 0;
}

/**
 * Lines of a text with, per line, where its text ends (trailing white space trimmed),
 * whether it is blank, and where its paragraph ends, so that many look-ups cost
 * linear time in all.
 */
export class LineTable {
  private readonly starts: number[] = [];
  /** End of each line's text, before its line break. */
  readonly ends: number[] = [];
  /** End of each line's text without trailing white space. */
  readonly trimmedEnds: number[] = [];
  /** Per line: the first non-blank line at or after it, or -1. */
  readonly nextNonBlank: Int32Array;
  /** Per non-blank line: the last line of its run of non-blank lines. */
  readonly paragraphEnd: Int32Array;
  /** The text's line break (see {@link eolOf}). */
  readonly eol: string;

  constructor(text: string) {
    this.eol = eolOf(text);
    let start = 0;
    for (;;) {
      const end = lineEnd(text, start);
      let trimmed = end;
      while (trimmed > start && (isInlineSpace(text.charCodeAt(trimmed - 1)))) {
        trimmed--;
      }
      this.starts.push(start);
      this.ends.push(end);
      this.trimmedEnds.push(trimmed);
      const br = breakLength(text, end);
      if (br === 0) {
        break;
      }
      start = end + br;
    }
    const n = this.starts.length;
    this.nextNonBlank = new Int32Array(n + 1).fill(-1);
    this.paragraphEnd = new Int32Array(n + 1).fill(-1);
    for (let l = n - 1; l >= 0; l--) {
      const blank = this.trimmedEnds[l] === this.starts[l];
      this.nextNonBlank[l] = blank ? this.nextNonBlank[l + 1]! : l;
      this.paragraphEnd[l] = blank ? -1 : this.paragraphEnd[l + 1]! >= 0 ? this.paragraphEnd[l + 1]! : l;
    }
  }

  /** Number of lines. */
  get length(): number {
    return this.starts.length;
  }

  /** The 0-based line containing `offset`. */
  lineOf(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }
}
