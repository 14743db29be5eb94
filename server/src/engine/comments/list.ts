import type { LineSignals } from './signals.js';
import { withDepths, type CommentLines } from './split.js';

/** A comment section laid out as a numbered or bulleted list of replies. */
export interface ListSection {
  readonly first: number;
  readonly last: number;
  readonly comments: CommentLines[];
}

/** The least evidence that makes a list a comment section rather than a list in the article. */
const MIN_EVIDENCE = 4;
/** A trailing line this long is article prose: the list was inside the body. */
const PROSE_WORDS = 8;

const REPLY_BULLET = /^\s*[•·▪◦●‣∙*-]\s+\S/u;
const ITEM = /^\s*(\d{1,3})([.)])\s+\S/u;

interface ListRun {
  /** Lines that start a top-level item. */
  readonly items: number[];
  /** Lines that start a nested reply (a bullet indented under an item). */
  readonly replies: number[];
  /** Last non-blank line of the list. */
  readonly last: number;
}

/**
 * Follows a numbered list "1. … 2. …" from line `from` (its item 1) through its
 * continuation lines, which must be indented deeper than the numbers (or be items,
 * or blank). Returns the run, with its nested bullet replies.
 */
function followNumbered(signals: readonly LineSignals[], texts: readonly string[], from: number, to: number): ListRun {
  const delimiter = ITEM.exec(texts[from]!)![2];
  let expected = 2;
  return followList(signals, texts, from, to, (text) => {
    const m = ITEM.exec(text);
    if (m && m[2] === delimiter && Number(m[1]) === expected) {
      expected++;
      return true;
    }
    return false;
  });
}

/** Follows a bulleted list whose top-level bullets sit at one indent. */
function followBulleted(signals: readonly LineSignals[], texts: readonly string[], from: number, to: number): ListRun {
  return followList(signals, texts, from, to, (text) => REPLY_BULLET.test(text));
}

/**
 * Follows a list from its first item: a line at the first item's indent that `isItem`
 * accepts (in order) is the next item, a deeper bullet after a blank line is a reply,
 * and a line at or left of that indent ends the list.
 */
function followList(
  signals: readonly LineSignals[],
  texts: readonly string[],
  from: number,
  to: number,
  isItem: (text: string) => boolean,
): ListRun {
  const indent = signals[from]!.indent;
  const items = [from];
  const replies: number[] = [];
  let last = from;
  let afterBlank = false;
  for (let i = from + 1; i <= to; i++) {
    const s = signals[i]!;
    if (s.kind === 'blank') {
      afterBlank = true;
      continue;
    }
    if (Math.abs(s.indent - indent) <= 1 && isItem(texts[i]!)) {
      items.push(i);
    } else if (s.indent <= indent) {
      break;
    } else if (afterBlank && REPLY_BULLET.test(texts[i]!)) {
      replies.push(i);
    }
    last = i;
    afterBlank = false;
  }
  return { items, replies, last };
}

/** A "Comments" header just above line `i` (blank lines between allowed), or -1. */
function headerAbove(signals: readonly LineSignals[], i: number): number {
  for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
    if (signals[j]!.kind === 'header') {
      return j;
    }
    if (signals[j]!.kind !== 'blank') {
      return -1;
    }
  }
  return -1;
}

function evidence(run: ListRun, signals: readonly LineSignals[], closed: boolean, headed: boolean): number {
  const starts = [...run.items, ...run.replies].sort((a, b) => a - b);
  let informal = 0;
  let words = 0;
  let metadata = 0;
  for (let k = 0; k < starts.length; k++) {
    const end = k + 1 < starts.length ? starts[k + 1]! - 1 : run.last;
    let voice = false;
    for (let i = starts[k]!; i <= end; i++) {
      const s = signals[i]!;
      voice ||= s.informal;
      words += s.words;
      if (s.kind === 'meta' || s.kind === 'marker') {
        metadata++;
      }
    }
    if (voice) {
      informal++;
    }
  }
  // A list at the end of an article is comments only with some structure of a thread:
  // nested replies, comment metadata, a "Comments" header, or "Comments are closed".
  if (!closed && !headed && run.replies.length === 0 && metadata === 0) {
    return 0;
  }
  let score = Math.min(4, 2 * run.replies.length) + Math.min(3, metadata);
  if (headed) {
    score += 3;
  }
  if (closed) {
    score += 3;
  }
  if (informal * 2 >= starts.length) {
    score += 2;
  }
  if (words / starts.length >= 30) {
    score += 1;
  }
  if (run.items.length >= 3) {
    score += 1;
  }
  return score;
}

/**
 * Finds comments laid out as a list at the end of the document (or just before
 * "Comments are closed"): numbered or bulleted items, often with "•" replies indented
 * under them. A list followed by more article prose is part of the article.
 */
export function listSection(signals: readonly LineSignals[], texts: readonly string[]): ListSection | null {
  let to = signals.length - 1;
  let closed = false;
  // The tail region: up to the first closing line that ends the document's text.
  for (let i = signals.length - 1; i >= 0; i--) {
    if (signals[i]!.kind === 'closing') {
      to = i - 1;
      closed = true;
    } else if (signals[i]!.kind !== 'blank' && signals[i]!.words > PROSE_WORDS) {
      break;
    }
  }
  while (to >= 0 && signals[to]!.kind === 'blank') {
    to--;
  }
  // The last prose line of the region: a list before it is followed by more article.
  let lastProse = -1;
  for (let j = to; j >= 0; j--) {
    if (signals[j]!.kind === 'text' && signals[j]!.words >= PROSE_WORDS) {
      lastProse = j;
      break;
    }
  }
  let best: { run: ListRun; score: number } | null = null;
  for (let i = 0; i <= to; i++) {
    const m = ITEM.exec(texts[i]!);
    let run: ListRun | null = null;
    if (m && m[1] === '1') {
      run = followNumbered(signals, texts, i, to);
    } else if (REPLY_BULLET.test(texts[i]!) && (i === 0 || !REPLY_BULLET.test(texts[i - 1]!))) {
      run = followBulleted(signals, texts, i, to);
    }
    if (!run || run.items.length < 2) {
      continue;
    }
    if (lastProse <= run.last) {
      const score = evidence(run, signals, closed, headerAbove(signals, i) >= 0);
      if (score >= MIN_EVIDENCE && (!best || score > best.score)) {
        best = { run, score };
      }
    }
    i = run.last;
  }
  if (!best) {
    return null;
  }
  const { run } = best;
  const starts = [...run.items, ...run.replies].sort((a, b) => a - b);
  const header = headerAbove(signals, starts[0]!);
  const first = header >= 0 ? header : starts[0]!;
  return { first, last: run.last, comments: withDepths(signals, starts, run.last) };
}
