/**
 * Builds the clean text from the original and the spans to remove, line by line:
 * - a line that had text and has none left after the removals disappears with its line break;
 * - a line that was blank stays a paragraph break, but runs of them become one blank line,
 *   and none lead or trail;
 * - every other line keeps its text and its place, so the body's line structure is what it
 *   was; trailing spaces are dropped, and lines end with `\n` whatever the original used.
 * Linear in the text and the number of removals.
 */
import { LineMap } from '../text.js';
import type { Span } from '../types.js';
import { isBreak, isHorizontalSpace } from './removals.js';

/** A run of text copied unchanged from the original (`source`) into the clean text (`clean`). */
export interface CopiedRun {
  /** Offset of the run in the original text. */
  readonly source: number;
  /** Offset of the run in the clean text. */
  readonly clean: number;
  readonly length: number;
}

/** The clean text and the runs it was copied from, in order. */
export interface CleanText {
  readonly text: string;
  /** Copied runs, sorted by both `source` and `clean`; every other character of `text` is an inserted `\n`. */
  readonly runs: readonly CopiedRun[];
}

/** The text of `original` without `removals` (sorted, disjoint), with paragraphs kept. */
export function buildCleanText(original: string, removals: readonly Span[], lineMap: LineMap = new LineMap(original)): CleanText {
  const removed = new Uint8Array(original.length);
  for (const r of removals) {
    removed.fill(1, r.start, r.end);
  }
  const parts: string[] = [];
  const runs: CopiedRun[] = [];
  let cleanLength = 0;
  let blankPending = false;
  for (const line of lineMap.lines) {
    if (isBlank(original, line.start, line.end)) {
      blankPending = cleanLength > 0;
      continue;
    }
    const kept = keptRuns(removed, line.start, line.end);
    const lastText = lastNonSpace(original, kept);
    if (lastText < 0) {
      continue;
    }
    // Indentation is kept, but not the space a removal at the line's start left behind.
    const firstText = removed[line.start] === 1 ? firstNonSpace(original, kept) : line.start;
    if (blankPending) {
      parts.push('\n');
      cleanLength++;
      blankPending = false;
    }
    for (const run of kept) {
      const start = Math.max(run.start, firstText);
      const end = Math.min(run.end, lastText);
      if (end > start) {
        parts.push(original.slice(start, end));
        runs.push({ source: start, clean: cleanLength, length: end - start });
        cleanLength += end - start;
      }
    }
    parts.push('\n');
    cleanLength++;
  }
  return { text: parts.join(''), runs };
}

/** The runs of `[start, end)` not marked removed. */
function keptRuns(removed: Uint8Array, start: number, end: number): Span[] {
  const runs: Span[] = [];
  let runStart = -1;
  for (let i = start; i < end; i++) {
    if (removed[i] === 0) {
      if (runStart < 0) {
        runStart = i;
      }
    } else if (runStart >= 0) {
      runs.push({ start: runStart, end: i });
      runStart = -1;
    }
  }
  if (runStart >= 0) {
    runs.push({ start: runStart, end });
  }
  return runs;
}

/** The first kept character that is not white space (there is one). */
function firstNonSpace(text: string, kept: readonly Span[]): number {
  for (const run of kept) {
    for (let i = run.start; i < run.end; i++) {
      if (!isSpaceLike(text.charCodeAt(i))) {
        return i;
      }
    }
  }
  return text.length;
}

/** One past the last kept character that is not white space, or -1. */
function lastNonSpace(text: string, kept: readonly Span[]): number {
  for (let k = kept.length - 1; k >= 0; k--) {
    const run = kept[k]!;
    for (let i = run.end - 1; i >= run.start; i--) {
      if (!isSpaceLike(text.charCodeAt(i))) {
        return i + 1;
      }
    }
  }
  return -1;
}

function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    if (!isSpaceLike(text.charCodeAt(i))) {
      return false;
    }
  }
  return true;
}

function isSpaceLike(c: number): boolean {
  return isHorizontalSpace(c) || isBreak(c);
}
