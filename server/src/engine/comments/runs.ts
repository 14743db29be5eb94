import type { LineSignals } from './signals.js';
import { WEIGHT } from './weights.js';
import { isStrong, median, nextNonBlank } from './lines.js';

/** A stretch of lines and its summed evidence. */
export interface Run {
  readonly start: number;
  readonly end: number;
  readonly score: number;
}

/** The stretch of lines `[from, to]` with the largest summed weight (Kadane). */
export function densestRun(w: readonly number[], from: number, to: number): Run | null {
  let best: Run | null = null;
  let start = from;
  let sum = 0;
  for (let i = from; i <= to; i++) {
    const wi = w[i]!;
    if (sum <= 0) {
      if (wi <= 0) {
        continue;
      }
      start = i;
      sum = 0;
    }
    sum += wi;
    if (!best || sum > best.score) {
      best = { start, end: i, score: sum };
    }
  }
  return best;
}


/**
 * Drops evidence at the head of a run that is followed by far more prose than the
 * run's other comments have (a dateline or "Comments: 87" above the article).
 */
export function trimLeadingGap(run: Run, w: readonly number[]): Run {
  const strong: number[] = [];
  for (let i = run.start; i <= run.end; i++) {
    if (w[i]! >= 1) {
      strong.push(i);
    }
  }
  if (strong.length < 3) {
    return run;
  }
  const gaps = strong.slice(1).map((p, k) => p - strong[k]! - 1);
  const typical = median(gaps.slice(1));
  let k = 0;
  while (k < gaps.length - 1 && gaps[k]! > Math.max(6, 4 * typical)) {
    k++;
  }
  if (k === 0) {
    return run;
  }
  let score = 0;
  for (let i = strong[k]!; i <= run.end; i++) {
    score += w[i]!;
  }
  return { start: strong[k]!, end: run.end, score };
}

/** Words that make a line article prose rather than a heading or a dateline. */
const PROSE_WORDS = 10;

/**
 * Evidence above the article's first prose is its heading block (dateline, byline,
 * "12 Comments"), not comments: the run starts after the first prose.
 */
export function skipArticleHead(run: Run, signals: readonly LineSignals[], w: readonly number[]): Run {
  // The article starts at its first two prose lines in a row (a long title alone is not it).
  const isProse = (i: number): boolean => signals[i]!.kind === 'text' && signals[i]!.words >= PROSE_WORDS;
  let prose = 0;
  while (prose < signals.length) {
    const next = nextNonBlank(signals, prose, signals.length - 1);
    if (isProse(prose) && next < signals.length && isProse(next)) {
      break;
    }
    prose++;
  }
  if (prose >= signals.length) {
    return run;
  }
  if (run.start > prose) {
    return run;
  }
  // A heading block has at most a long title above it, not article prose.
  let proseAbove = 0;
  for (let i = 0; i < run.start; i++) {
    if (isProse(i)) {
      proseAbove++;
    }
  }
  if (proseAbove > 1) {
    return run;
  }
  let start = prose + 1;
  while (start <= run.end && w[start]! < 1) {
    start++;
  }
  // Only an article's worth of prose separates a heading block from the comments:
  // more text lines than the comments after it have between their own metadata.
  const strongAfter: number[] = [];
  for (let i = start; i <= run.end; i++) {
    if (w[i]! >= 1) {
      strongAfter.push(i);
    }
  }
  const gapsAfter = strongAfter.slice(1).map((p, k) => p - strongAfter[k]! - 1);
  if (start - prose < Math.max(3, 2 * median(gapsAfter) + 1)) {
    return run;
  }
  let score = 0;
  for (let i = start; i <= run.end; i++) {
    score += w[i]!;
  }
  return { start, end: run.end, score };
}

/**
 * A section header ("Comments", "12 Comments") opens the section: one or two metadata
 * lines just above it sign the article ("Posted by David at 11:15 AM"), not a comment.
 */
export function startAtHeader(run: Run, signals: readonly LineSignals[]): Run {
  let strongBefore = 0;
  for (let i = run.start; i <= run.end; i++) {
    const s = signals[i]!;
    if (s.kind === 'header') {
      return strongBefore > 0 && strongBefore <= 2 ? { ...run, start: i } : run;
    }
    if (isStrong(s)) {
      strongBefore++;
    }
  }
  return run;
}

/** Text lines a long comment may have between two metadata lines of the same thread. */
const LONG_COMMENT = 15;

/**
 * Takes in further comments whose long text made the densest run stop short: strong
 * metadata (not a bare date) that follows within one long comment's length.
 */
export function extendToLaterMetadata(run: Run, w: readonly number[], regionEnd: number): Run {
  let end = run.end;
  let gap = 0;
  for (let i = end + 1; i <= regionEnd && gap <= LONG_COMMENT; i++) {
    if (w[i]! >= WEIGHT.marker) {
      end = i;
      gap = 0;
    } else if (w[i]! < 0) {
      gap++;
    }
  }
  return end === run.end ? run : { ...run, end };
}

