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
 */
export function normaliseLine(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Word-like tokens (letters, with inner apostrophes and hyphens) of a string. */
export function words(text: string): string[] {
  return text.match(/\p{L}+(?:['’\-]\p{L}+)*/gu) ?? [];
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
