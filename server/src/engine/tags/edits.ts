/**
 * Pure edit builders for review tags: insert a tag around a span, remove a tag, remove a
 * flagged span. Edits only insert or delete tag markup, line breaks next to it, or (for a
 * removal) the span itself with the blank line it leaves; the text between the tags of a
 * tag is never touched.
 */
import type { Span } from '../types.js';
import { trimSpan } from '../text.js';
import { CLOSE_TAG, formatOpenTag } from './format.js';
import { blankAfter, blankBefore, breakLength, eolOf, isBlankLine, lineEnd, lineStart } from './lines.js';
import { scanTags } from './parse.js';
import type { ReviewTag, TagEdit, TagKind, TagScan } from './types.js';

/**
 * Edits that tag `span` (trimmed of white space) as `kind`. A span that covers whole lines
 * (only white space before it on its first line and after it on its last) and crosses a
 * line break gets the block form: the opening tag on a line of its own before, the closing
 * tag on a line of its own after, both indented like the span's first line. Anything else
 * gets the inline form. `undefined` when the
 * span is blank or when the tag would not read back as a tag around exactly that text
 * (e.g. the span cuts through other tag markup).
 */
export function tagEdits(text: string, span: Span, kind: TagKind, note?: string): TagEdit[] | undefined {
  const target = trimSpan(text, span);
  if (target.end <= target.start) {
    return undefined;
  }
  const open = formatOpenTag(kind, note);
  const first = blankBefore(text, target.start);
  const last = blankAfter(text, target.end);
  const multiLine = lineEnd(text, target.start) < target.end;
  const edits: TagEdit[] =
    first >= 0 && last >= 0 && multiLine
      ? [
          // Both tag lines take the first line's indentation, so a tagged list item stays inside its list.
          { span: { start: first, end: first }, newText: text.slice(first, target.start) + open + lineBreakAt(text, lineEnd(text, target.start)) },
          { span: { start: last, end: last }, newText: lineBreakAt(text, last) + text.slice(first, target.start) + CLOSE_TAG },
        ]
      : [
          { span: { start: target.start, end: target.start }, newText: open },
          { span: { start: target.end, end: target.end }, newText: CLOSE_TAG },
        ];
  return readsBack(text, edits, kind) ? edits : undefined;
}

/** Whether applying `edits` (an opening and a closing insertion) yields a tag of `kind` made of exactly them. */
function readsBack(text: string, edits: readonly TagEdit[], kind: TagKind): boolean {
  const [open, close] = edits as [TagEdit, TagEdit];
  const after = applyEdits(text, edits);
  const openAt = open.span.start + open.newText.indexOf('<!--');
  const closeAt = close.span.start + open.newText.length;
  const mine = scanTags(after).tags.find((t) => t.open.start === openAt);
  return (
    mine !== undefined &&
    mine.kind === kind &&
    mine.close.start === closeAt + (close.newText.length - CLOSE_TAG.length) &&
    applyEdits(after, removeTagEdits(after, mine)) === text
  );
}

/**
 * Edits that remove `tag`'s two comments and nothing else of the text between. For the block
 * form, the opening tag's line goes with the line break after it and the closing tag's line
 * with the line break before it, so the tagged lines are left exactly as they were.
 */
export function removeTagEdits(text: string, tag: ReviewTag): TagEdit[] {
  if (!tag.block) {
    return [
      { span: tag.open, newText: '' },
      { span: tag.close, newText: '' },
    ];
  }
  const openLine = blankBefore(text, tag.open.start);
  const openEnd = blankAfter(text, tag.open.end);
  const closeLine = blankBefore(text, tag.close.start);
  const closeEnd = blankAfter(text, tag.close.end);
  const before = closeLine >= 2 && text.charCodeAt(closeLine - 1) === 10 && text.charCodeAt(closeLine - 2) === 13 ? 2 : 1;
  return [
    { span: { start: openLine, end: openEnd + breakLength(text, openEnd) }, newText: '' },
    { span: { start: Math.max(openEnd + breakLength(text, openEnd), closeLine - before), end: closeEnd }, newText: '' },
  ];
}

/**
 * The edit that removes a flagged span. When the span is all that stands on its lines, those
 * lines go with their line break, and so does the blank line the removal would leave between
 * two paragraphs (or at the start or end of the text). Otherwise exactly the span goes, with
 * the spaces that would be left dangling at the start or end of its line.
 */
export function removeSpanEdit(text: string, span: Span): TagEdit {
  const target = trimSpan(text, span);
  const first = blankBefore(text, target.start);
  const last = blankAfter(text, target.end);
  if (first < 0 && last < 0) {
    return { span: target, newText: '' };
  }
  if (first < 0) {
    return { span: { start: spacesBefore(text, target.start), end: last }, newText: '' };
  }
  if (last < 0) {
    return { span: { start: target.start, end: spacesAfter(text, target.end) }, newText: '' };
  }
  const br = breakLength(text, last);
  const previousLine = first > 0 ? lineStart(text, first - 1) : -1;
  const previousBlank = previousLine >= 0 && isBlankLine(text, previousLine);
  const end = last + br;
  if (end < text.length) {
    // Lines inside the text: they go with their break; a blank line left between blank lines goes too.
    if ((previousBlank || first === 0) && isBlankLine(text, end)) {
      const blankEnd = blankAfter(text, end);
      return { span: { start: first, end: blankEnd + breakLength(text, blankEnd) }, newText: '' };
    }
    return { span: { start: first, end }, newText: '' };
  }
  if (br > 0) {
    // The last lines, with a final line break: the blank line before them goes too.
    return { span: { start: previousBlank ? previousLine : first, end }, newText: '' };
  }
  if (previousLine < 0) {
    return { span: { start: 0, end }, newText: '' };
  }
  // The last line, without a final line break: the break before it goes, and a blank line before that.
  const beforeBlank = previousBlank && previousLine > 0 ? lineStart(text, previousLine - 1) : -1;
  const start = beforeBlank >= 0 ? lineEnd(text, beforeBlank) : lineEnd(text, previousLine);
  return { span: { start, end }, newText: '' };
}

function spacesBefore(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 9)) {
    i--;
  }
  return i;
}

function spacesAfter(text: string, offset: number): number {
  let i = offset;
  while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) {
    i++;
  }
  return i;
}

/** The line break at `offset`, or the document's own when there is none (the last line). */
function lineBreakAt(text: string, offset: number): string {
  const n = breakLength(text, offset);
  return n > 0 ? text.slice(offset, offset + n) : eolOf(text);
}

/** The tag whose markup or content contains `offset` most tightly (the innermost), if any. */
export function tagAt(scan: TagScan, offset: number): ReviewTag | undefined {
  let best: ReviewTag | undefined;
  for (const tag of scan.tags) {
    if (tag.open.start <= offset && offset <= tag.close.end && (!best || tag.open.start >= best.open.start)) {
      best = tag;
    }
  }
  return best;
}

/** `text` with non-overlapping `edits` applied (any order given). */
export function applyEdits(text: string, edits: readonly TagEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  const parts: string[] = [];
  let at = 0;
  for (const e of sorted) {
    parts.push(text.slice(at, e.span.start), e.newText);
    at = e.span.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}
