/**
 * The text the detectors read: tag markup blanked out with the same length, so that every
 * offset stays the same and no detector ever sees `<!-- review:… -->`.
 */
import type { Span } from '../types.js';
import { aloneOnLine } from './lines.js';
import type { TagScan } from './types.js';

/**
 * `text` with every tag comment replaced, code unit for code unit, by filler; line breaks
 * inside a comment are kept. A comment alone on its line becomes spaces (a blank line, as
 * Markdown treats a lone HTML comment as a block of its own). A comment within a line
 * becomes U+FEFF, which JavaScript's `trim` and `\s` treat as white space but Markdown does
 * not: spaces there could turn `<!-- review:… -->Text` into an indented code block. (At the
 * very start of the text the first unit is a space instead: Markdown drops a leading U+FEFF.)
 */
export function maskTags(text: string, scan: Pick<TagScan, 'markup'>): string {
  const markup = scan.markup ?? [];
  if (markup.length === 0) {
    return text;
  }
  const parts: string[] = [];
  let at = 0;
  for (const span of markup) {
    parts.push(text.slice(at, span.start), filler(text, span));
    at = span.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

function filler(text: string, span: Span): string {
  const fill = aloneOnLine(text, span) ? ' ' : '\uFEFF';
  const blank = text.slice(span.start, span.end).replace(/[^\r\n]/g, fill);
  // Markdown drops a byte order mark at the very start of a text, which would shift every offset.
  return span.start === 0 && fill !== ' ' ? ` ${blank.slice(1)}` : blank;
}
