import type { Span } from '../types.js';

/** A stretch of quoted words: from its opening mark to just after its closing mark. */
export interface Quote extends Span {
  /** False when the paragraph ended before the quote closed (a quote that runs on into the next paragraph). */
  readonly closed: boolean;
  /** False when the quote has no opening mark in its paragraph (the tail of a quote begun in an earlier one). */
  readonly opened: boolean;
  /** Number of words between the marks. */
  readonly words: number;
}

const OPENERS: Record<string, string> = { '“': '”', '«': '»', '„': '“”', '"': '"', '‘': '’' };

/**
 * Finds the quotes of one paragraph, `text[span]`, in one linear pass. Curly, angle,
 * low-high and straight double quotes count, as do two apostrophes (`''`) used as a
 * double quote; single quotes only when they open after a space and close before one,
 * so apostrophes ("Russia’s") are not mistaken for quotes. A quote still open at the
 * paragraph's end runs to its end; a closing mark with no opener starts the quote at
 * the paragraph's start (a quote continued from the paragraph before).
 */
export function findQuotes(text: string, span: Span): Quote[] {
  const out: Quote[] = [];
  let open: { mark: string; start: number; depth: number } | null = null;
  const push = (start: number, end: number, opened: boolean, closed: boolean): void => {
    const words = (text.slice(start, end).match(/[\p{L}\p{N}]+/gu) ?? []).length;
    if (words > 0) {
      out.push({ start, end, opened, closed, words });
    }
  };
  // Only quote marks and apostrophes change the state: jump from one to the next.
  for (let i = nextMark(text, span.start, span.end); i < span.end; i = nextMark(text, i + 1, span.end)) {
    const at = i;
    let ch = text[i]!;
    if (ch === "'" && text[i + 1] === "'") {
      ch = '"';
      i++;
    }
    const prev = text[at - 1] ?? ' ';
    const next = text[i + 1] ?? ' ';
    if (open === null) {
      if (ch === '”' || ch === '»') {
        const from = out.length > 0 ? out[out.length - 1]!.end : span.start;
        if (at > from) {
          push(from, i + 1, false, true);
        }
        continue;
      }
      const closer = OPENERS[ch];
      if (closer === undefined) {
        continue;
      }
      if ((ch === '"' || ch === '‘') && (/[\p{L}\p{N}]/u.test(prev) || /\s/u.test(next))) {
        continue;
      }
      open = { mark: ch, start: at, depth: 0 };
      continue;
    }
    const closer = OPENERS[open.mark]!;
    if (open.mark === '«' && ch === '«') {
      open.depth++;
      continue;
    }
    if (!closer.includes(ch)) {
      continue;
    }
    if (open.mark === '‘' && /[\p{L}\p{N}]/u.test(next)) {
      continue;
    }
    if (open.depth > 0) {
      open.depth--;
      continue;
    }
    push(open.start, i + 1, true, true);
    open = null;
  }
  if (open !== null) {
    push(open.start, span.end, true, false);
  }
  return out;
}

/** The offset of the next quote mark or apostrophe at or after `from`, or `end` when there is none before it. */
function nextMark(text: string, from: number, end: number): number {
  for (let i = from; i < end; i++) {
    switch (text.charCodeAt(i)) {
      case 0x22: // "
      case 0x27: // '
      case 0x201c: // “
      case 0x201d: // ”
      case 0xab: // «
      case 0xbb: // »
      case 0x201e: // „
      case 0x2018: // ‘
      case 0x2019: // ’
        return i;
    }
  }
  return end;
}
