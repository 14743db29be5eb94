/** Quick fixes of malformed tag markup; each touches only the markup, never the tagged text. */
import type { Span } from '../types.js';
import { CLOSE_TAG, formatOpenTag } from './format.js';
import { aloneOnLine, blankAfter, blankBefore, breakLength, type LineTable } from './lines.js';
import type { TagKind, TagRepair } from './types.js';

/** Replaces an opening comment by its canonical spelling with `kind` and `note`. */
export function rewriteOpenRepair(span: Span, kind: TagKind, note: string | undefined, title: string): TagRepair {
  return { title, edits: [{ span, newText: formatOpenTag(kind, note) }] };
}

/** Adds the missing `-->` after the head of a comment that has none. */
export function missingEndRepair(span: Span): TagRepair {
  return { title: 'End the comment with -->', edits: [{ span: { start: span.end, end: span.end }, newText: ' -->' }] };
}

/** Removes a stray closing tag; when it stands alone on its line, the whole line goes. */
export function unmatchedCloseRepair(text: string, span: Span): TagRepair {
  return { title: 'Remove the stray closing tag', edits: [{ span: markupLineSpan(text, span), newText: '' }] };
}

/**
 * What removing the comment at `span` should delete: the comment alone, or, when it stands
 * alone on its line, that whole line with one line break (so no blank line is left).
 */
export function markupLineSpan(text: string, span: Span): Span {
  if (!aloneOnLine(text, span)) {
    return span;
  }
  const start = blankBefore(text, span.start);
  const end = blankAfter(text, span.end);
  const br = breakLength(text, end);
  if (br > 0) {
    return { start, end: end + br };
  }
  // The last line: take the line break before it instead.
  if (start === 0) {
    return { start, end };
  }
  const before = start >= 2 && text.charCodeAt(start - 1) === 10 && text.charCodeAt(start - 2) === 13 ? 2 : 1;
  return { start: start - before, end };
}

/**
 * Closes an opening tag that is never closed. An inline tag is closed at the end of its
 * line's text; a tag alone on its line (block form) gets a closing line after the paragraph
 * that follows it. `lines` is shared by all the repairs of one text.
 */
export function unclosedRepair(text: string, open: Span, lines: LineTable): TagRepair {
  const title = 'Close the tag';
  if (!aloneOnLine(text, open)) {
    const at = Math.max(open.end, lines.trimmedEnds[lines.lineOf(open.end)]!);
    return { title, edits: [{ span: { start: at, end: at }, newText: CLOSE_TAG }] };
  }
  const line = lines.lineOf(open.start);
  const next = line + 1 < lines.length ? lines.nextNonBlank[line + 1]! : -1;
  const at = lines.ends[next >= 0 ? lines.paragraphEnd[next]! : line]!;
  return { title, edits: [{ span: { start: at, end: at }, newText: lines.eol + CLOSE_TAG }] };
}
