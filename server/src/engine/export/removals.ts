/**
 * What the clean text leaves out: boilerplate and reader comments (flagged or tagged), and
 * all review-tag markup. Each removal also takes the horizontal white space it would leave
 * doubled or dangling, so "A. Read more B." becomes "A. B." and "A. Read more" becomes "A.".
 */
import type { Finding, Span } from '../types.js';
import type { TagScan } from '../tags/types.js';

/** Categories whose findings are cut out of the clean text. */
export const REMOVED_CATEGORIES: ReadonlySet<string> = new Set(['boilerplate', 'comment']);

/** Tag kinds whose tagged span (markup and content) is cut out of the clean text. */
export const REMOVED_TAG_KINDS: ReadonlySet<string> = new Set(['boilerplate', 'comment']);

/**
 * A closing tag, written as loosely as the tag parser reads it: for scans without `markup`
 * (made by hand), which do not list the closing tag an unknown-kind tag pairs with.
 */
const CLOSING_MARKUP = /<!--\s*\/\s*review\s*-->/giu;

/** The spans of the original text to remove, sorted, merged and widened over dangling spaces. */
export function removalSpans(text: string, findings: readonly Finding[], scan: TagScan): Span[] {
  const spans: Span[] = [];
  for (const f of findings) {
    if (REMOVED_CATEGORIES.has(f.category)) {
      spans.push(f);
    }
  }
  for (const tag of scan.tags) {
    if (REMOVED_TAG_KINDS.has(tag.kind)) {
      spans.push({ start: tag.open.start, end: tag.close.end });
    } else {
      spans.push(tag.open, tag.close);
    }
  }
  for (const problem of scan.problems) {
    spans.push(problem.span);
  }
  if (scan.markup !== undefined) {
    spans.push(...scan.markup);
  } else {
    for (const m of text.matchAll(CLOSING_MARKUP)) {
      spans.push({ start: m.index, end: m.index + m[0].length });
    }
  }
  // Widened after merging, so that touching removals widen as one.
  return merge(merge(spans.filter((s) => s.end > s.start)).map((s) => widen(text, s)));
}

/** Widens `span` over the spaces that would be left doubled (after it) or dangling at a line end (before it). */
function widen(text: string, span: Span): Span {
  let { start, end } = span;
  const precededBySpace = start === 0 || isHorizontalSpace(text.charCodeAt(start - 1)) || isBreak(text.charCodeAt(start - 1));
  if (precededBySpace) {
    while (end < text.length && isHorizontalSpace(text.charCodeAt(end))) {
      end++;
    }
  }
  if (end === text.length || isBreak(text.charCodeAt(end))) {
    while (start > 0 && isHorizontalSpace(text.charCodeAt(start - 1))) {
      start--;
    }
  }
  return { start, end };
}

function merge(spans: Span[]): Span[] {
  spans.sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Span[] = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last !== undefined && s.start <= last.end) {
      merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, s.end) };
    } else {
      merged.push({ start: s.start, end: s.end });
    }
  }
  return merged;
}

/** Space, tab, no-break and other horizontal spaces (never a line break). */
export function isHorizontalSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x2009 || c === 0x200b || c === 0x202f || c === 0x3000 || c === 0xfeff;
}

/** A line-break character (`\n` or `\r`). */
export function isBreak(c: number): boolean {
  return c === 10 || c === 13;
}
