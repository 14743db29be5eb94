/**
 * Finds the review tags of a text (see the outside contract, "Review tags").
 *
 * Grammar decisions:
 * - A tag is an HTML comment whose body starts with `review:` (opening) or `/review`
 *   (closing); case and white space (line breaks included) around each part are free:
 *   `<!--Review:Boilerplate-->`, `<!-- /REVIEW -->`. Other comments are ignored.
 * - `note="…"` follows the kind; a backslash makes the next character literal (`\"`, `\\`).
 *   Anything else after the kind is a `malformed-note` problem, but the tag still counts
 *   (with the note recovered as well as possible) so one typo does not unsilence a span.
 * - An unknown kind is an `unknown-kind` problem; its tag still pairs with its closing tag
 *   (so the closing tag is not reported too) but marks nothing reviewed.
 * - Tags nest like HTML elements: a closing tag closes the most recent open tag. Overlap
 *   cannot be written; an inner tag's content lies inside its outer tag's content, and each
 *   tag applies to all of its content.
 * - Block form: when both the opening and the closing tag stand alone on their lines, the
 *   content is the lines between them, without the line breaks next to the tags.
 * - A comment runs to the first `-->`; a `<!--` with no `-->` before the next `<!--` is not
 *   a comment. If it starts like a tag, it is reported as `unclosed` (missing `-->`).
 *
 * Runs in time linear in the text: each character is looked at a bounded number of times.
 */
import type { Span } from '../types.js';
import { readTagMarkup, type OpenMarkup, type TagMarkup } from './markup.js';
import { blankAfter, blankBefore, breakLength, aloneOnLine, isBreak, LineTable } from './lines.js';
import type { ReviewTag, TagProblem, TagScan } from './types.js';
import { unclosedRepair, unmatchedCloseRepair, rewriteOpenRepair, missingEndRepair } from './repairs.js';
import { nearestKind } from './format.js';

/** Every review tag of `text` and every problem with its tag markup. */
export function scanTags(text: string): TagScan {
  const tags: ReviewTag[] = [];
  const problems: TagProblem[] = [];
  const stack: OpenMarkup[] = [];
  const markup: Span[] = [];
  // Opening tags missing their `-->`: reported once, but still paired so their closing tag is not reported too.
  const broken = new Set<OpenMarkup>();
  const onUnterminated = (m: TagMarkup) => {
    if (m.type === 'open') {
      broken.add(m);
      stack.push(m);
    }
  };
  const onMarkup = (m: TagMarkup) => {
    markup.push(m.span);
    if (m.type === 'close') {
      const open = stack.pop();
      if (open === undefined) {
        problems.push({
          kind: 'unmatched-close',
          span: m.span,
          message: 'This closing tag <!-- /review --> has no opening tag before it; remove it or add an opening tag.',
          repair: unmatchedCloseRepair(text, m.span),
        });
      } else if (open.kind !== undefined) {
        tags.push(pair(text, open, m.span));
      }
      return;
    }
    reportOpen(m, problems);
    stack.push(m);
  };
  let pos = 0;
  for (;;) {
    const first = text.indexOf('<!--', pos);
    if (first < 0) {
      break;
    }
    const end = text.indexOf('-->', first + 4);
    if (end < 0) {
      reportUnterminated(text, first, text.length, problems, markup, onUnterminated);
      break;
    }
    const start = text.lastIndexOf('<!--', end - 4);
    reportUnterminated(text, first, start, problems, markup, onUnterminated);
    const span = { start, end: end + 3 };
    const read = readTagMarkup(text, span, start + 4, end);
    if (read !== undefined) {
      onMarkup(read);
    }
    pos = end + 3;
  }
  const lines = stack.length > 0 ? new LineTable(text) : undefined;
  for (const open of stack) {
    if (broken.has(open)) {
      continue; // already reported as missing its -->
    }
    problems.push({
      kind: 'unclosed',
      span: open.span,
      message: `This review:${clip(open.written) || '…'} tag is never closed; add <!-- /review --> after the tagged text.`,
      repair: unclosedRepair(text, open.span, lines!),
    });
  }
  tags.sort((a, b) => a.open.start - b.open.start);
  problems.sort((a, b) => a.span.start - b.span.start);
  markup.sort((a, b) => a.start - b.start);
  return { tags, problems, markup };
}

/** The tag from `open` to the closing comment at `close`, inline or block. */
function pair(text: string, open: OpenMarkup, close: Span): ReviewTag {
  const block = aloneOnLine(text, open.span) && aloneOnLine(text, close);
  let content: Span = { start: open.span.end, end: close.start };
  if (block) {
    const afterOpen = blankAfter(text, open.span.end);
    const start = afterOpen + breakLength(text, afterOpen);
    const closeLine = blankBefore(text, close.start);
    const before = closeLine >= 2 && text.charCodeAt(closeLine - 1) === 10 && text.charCodeAt(closeLine - 2) === 13 ? 2 : 1;
    content = { start, end: Math.max(start, closeLine - before) };
  }
  return {
    kind: open.kind!,
    ...(open.note !== undefined ? { note: open.note } : {}),
    open: open.span,
    close,
    content,
    block,
  };
}

/** Problems of an opening comment in itself: its kind and its note. */
function reportOpen(m: OpenMarkup, problems: TagProblem[]): void {
  if (m.kind === undefined) {
    const guess = nearestKind(m.written);
    problems.push({
      kind: 'unknown-kind',
      span: m.span,
      message:
        m.written === ''
          ? 'This review tag names no kind; write review:boilerplate, comment, unattributed, attributed or note.'
          : `Unknown review tag kind "${clip(m.written)}"; the kinds are boilerplate, comment, unattributed, attributed and note (did you mean "${guess}"?).`,
      repair: rewriteOpenRepair(m.span, guess, m.note, `Change the kind to "${guess}"`),
    });
  }
  if (m.noteProblem !== undefined) {
    problems.push({
      kind: 'malformed-note',
      span: m.span,
      message: m.noteProblem,
      repair: rewriteOpenRepair(m.span, m.kind ?? nearestKind(m.written), m.note, 'Rewrite the note as note="…"'),
    });
  }
}

/**
 * Reports every `<!--` in `[from, to)` that starts like a tag but has no `-->` of its own.
 * Each such comment is read up to the next `<!--` or the end of its line.
 */
function reportUnterminated(text: string, from: number, to: number, problems: TagProblem[], markup: Span[], onHead: (m: TagMarkup) => void): void {
  let at = from;
  while (at < to && at >= 0) {
    const next = text.indexOf('<!--', at + 4);
    const limit = lineEndWithin(text, at + 4, next < 0 || next > to ? to : next);
    const head = readTagMarkup(text, { start: at, end: limit }, at + 4, limit);
    if (head !== undefined) {
      const span = { start: at, end: head.headEnd };
      markup.push(span);
      problems.push({
        kind: 'unclosed',
        span,
        message: 'This review tag has no closing -->; end the comment with -->.',
        repair: missingEndRepair(span),
      });
      onHead(head);
    }
    at = next < 0 || next >= to ? to : next;
  }
}

/** The first line break in `[from, limit)`, or `limit`; never looks past `limit`. */
function lineEndWithin(text: string, from: number, limit: number): number {
  for (let i = from; i < limit; i++) {
    if (isBreak(text.charCodeAt(i))) {
      return i;
    }
  }
  return Math.max(from, limit);
}

function clip(s: string): string {
  return s.length > 40 ? `${s.slice(0, 39)}…` : s;
}
