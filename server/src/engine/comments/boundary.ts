import type { LineSignals } from './signals.js';

/**
 * How the comments of a section carry their metadata: before the text ("John says:",
 * "Name / date" then the comment) or after it ("Posted by: X | date" under the comment).
 */
export type CommentLayout = 'header-first' | 'signature-last' | 'list';

/** Where the comment section lies, in lines, and how its comments are laid out. */
export interface SectionBounds {
  /** First line of the section (a header such as "12 Comments", or the first comment). */
  readonly first: number;
  /** Last non-blank line of the section. */
  readonly last: number;
  /** First line of the first comment (after any section header). */
  readonly firstComment: number;
  readonly layout: CommentLayout;
  /** Lines that carry a name before the metadata line that follows them. */
  readonly nameLines: ReadonlySet<number>;
  /** Names on their own line that head an informal comment (no stamp needed). */
  readonly nameHeads: ReadonlySet<number>;
}

/** Weights of line evidence: a section must be dense in metadata, sparse in plain prose. */
const WEIGHT = {
  header: 4,
  meta: 3,
  marker: 2,
  opener: 0.3,
  informal: -0.3,
  name: -0.1,
  nameHead: 1.2,
  weakMeta: 1,
  byline: -2,
  prose: -0.4,
} as const;

/** The least summed evidence and the fewest metadata lines that make a section. */
const MIN_SCORE = 5;
const MIN_STRONG = 2;

/**
 * A name on its own line, right after a finished sentence and right before an
 * informal line: how a commenter's name looks when the scraper lost the timestamp.
 */
function isNameHead(
  signals: readonly LineSignals[],
  texts: readonly string[],
  counts: ReadonlyMap<string, number>,
  i: number,
): boolean {
  const s = signals[i]!;
  if (s.kind !== 'text' || !s.personName) {
    return false;
  }
  const name = texts[i]!.trim();
  if (!isDistinctName(s, name) && (counts.get(name) ?? 0) < 2) {
    return false;
  }
  const p = previousNonBlank(signals, i, 0);
  const n = nextNonBlank(signals, i, signals.length - 1);
  if (p < 0 || n >= signals.length) {
    return false;
  }
  const next = signals[n]!;
  const before = signals[p]!;
  const finished = before.kind !== 'text' || /[.!?)…"”»:]\s*$/u.test(texts[p]!);
  return finished && next.kind === 'text' && next.informal && !next.nameLike;
}

/**
 * A name that cannot be a heading or a category label: a user name ("jne", "mary_k2")
 * or a name of two or three words. A single capitalised word ("Ferns", "Business")
 * is as often a subheading as a name.
 */
function isDistinctName(s: LineSignals, text: string): boolean {
  const name = text.trim();
  return s.kind === 'text' && s.personName && !(!/\s/u.test(name) && /^\p{Lu}\p{Ll}+$/u.test(name));
}

/** How often each trimmed line occurs in the document (a commenter who replies recurs). */
function lineCounts(texts: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of texts) {
    const k = t.trim();
    if (k.length > 0 && k.length <= 40) {
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
  }
  return counts;
}

/** Evidence weight of each line. */
function weights(signals: readonly LineSignals[], texts: readonly string[]): number[] {
  const counts = lineCounts(texts);
  return signals.map((s, i) => {
    if (isNameHead(signals, texts, counts, i)) {
      return WEIGHT.nameHead;
    }
    if (s.kind === 'meta' && s.weakMeta) {
      const p = previousNonBlank(signals, i, 0);
      return p >= 0 && isDistinctName(signals[p]!, texts[p]!) ? WEIGHT.meta : WEIGHT.weakMeta;
    }
    return weight(s);
  });
}

function weight(s: LineSignals): number {
  switch (s.kind) {
    case 'blank':
    case 'closing':
      return 0;
    case 'header':
      return WEIGHT.header;
    case 'meta':
      return WEIGHT.meta;
    case 'marker':
      return WEIGHT.marker;
    default:
      if (s.byline) {
        return WEIGHT.byline;
      }
      if (s.opener) {
        return WEIGHT.opener;
      }
      if (s.nameLike) {
        return WEIGHT.name;
      }
      return s.informal ? WEIGHT.informal : WEIGHT.prose;
  }
}

interface Run {
  readonly start: number;
  readonly end: number;
  readonly score: number;
}

/** The stretch of lines `[from, to]` with the largest summed weight (Kadane). */
function densestRun(w: readonly number[], from: number, to: number): Run | null {
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

function previousNonBlank(signals: readonly LineSignals[], i: number, floor: number): number {
  let j = i - 1;
  while (j >= floor && signals[j]!.kind === 'blank') {
    j--;
  }
  return j;
}

function nextNonBlank(signals: readonly LineSignals[], i: number, ceiling: number): number {
  let j = i + 1;
  while (j <= ceiling && signals[j]!.kind === 'blank') {
    j++;
  }
  return j;
}

/**
 * Drops evidence at the head of a run that is followed by far more prose than the
 * run's other comments have (a dateline or "Comments: 87" above the article).
 */
function trimLeadingGap(run: Run, w: readonly number[]): Run {
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
function skipArticleHead(run: Run, signals: readonly LineSignals[], w: readonly number[]): Run {
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
function startAtHeader(run: Run, signals: readonly LineSignals[]): Run {
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

/** Lines of sorting and view controls that may sit between a header and the first comment. */
const MAX_HEADER_CONTROLS = 6;

/** Text lines a long comment may have between two metadata lines of the same thread. */
const LONG_COMMENT = 15;

/**
 * Takes in further comments whose long text made the densest run stop short: strong
 * metadata (not a bare date) that follows within one long comment's length.
 */
function extendToLaterMetadata(run: Run, w: readonly number[], regionEnd: number): Run {
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

const isStrong = (s: LineSignals): boolean => s.kind === 'meta' || s.kind === 'header' || s.kind === 'marker';

function median(values: readonly number[]): number {
  if (values.length === 0) {
    return 0;
  }
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

/** A line that reads like chrome or a heading, not like the end of a comment. */
function looksLikeChrome(s: LineSignals, text: string): boolean {
  if (s.kind === 'header' || s.kind === 'closing') {
    return true;
  }
  return s.kind === 'text' && s.words <= 5 && !s.informal && !/[.!?)…:;,"”»]\s*$/u.test(text) && !s.nameLike;
}

/**
 * Finds a comment section made of metadata lines (names, "says:", timestamps, reply
 * markers): the densest stretch of such evidence, widened to the first comment's name
 * or text and to the last comment's text.
 */
export function metadataSection(signals: readonly LineSignals[], texts: readonly string[]): SectionBounds | null {
  // A closing line ("Comments are closed", the reply form) splits the document into regions.
  const w = weights(signals, texts);
  let best: Run | null = null;
  let bestRegionEnd = signals.length - 1;
  let regionStart = 0;
  for (let i = 0; i <= signals.length; i++) {
    if (i < signals.length && signals[i]!.kind !== 'closing') {
      continue;
    }
    if (i - 1 >= regionStart) {
      const run = densestRun(w, regionStart, i - 1);
      if (run && (!best || run.score > best.score)) {
        best = run;
        bestRegionEnd = i - 1;
      }
    }
    regionStart = i + 1;
  }
  if (!best || best.score < MIN_SCORE) {
    return null;
  }
  best = extendToLaterMetadata(startAtHeader(trimLeadingGap(skipArticleHead(best, signals, w), w), signals), w, bestRegionEnd);
  let strong = 0;
  let metas: number[] = [];
  const heads: number[] = [];
  for (let i = best.start; i <= best.end; i++) {
    const s = signals[i]!;
    if (isStrong(s) && w[i]! >= WEIGHT.marker) {
      strong++;
    }
    if (s.kind === 'meta' || s.kind === 'marker') {
      metas.push(i);
    } else if (w[i] === WEIGHT.nameHead) {
      heads.push(i);
    }
  }
  if (strong + heads.length / 2 < MIN_STRONG || metas.length + heads.length < MIN_STRONG) {
    return null;
  }
  if (metas.length < heads.length) {
    // Names alone mark the comments: treat them as their metadata.
    metas = [...metas, ...heads].sort((a, b) => a - b);
  }

  // Layout: signatures after the text, or names/stamps before it.
  const signatures = metas.filter((i) => signals[i]!.metaRole === 'signature' || signals[i]!.kind === 'marker').length;
  const announces = metas.filter((i) => signals[i]!.metaRole === 'announce').length;
  const layout: CommentLayout = signatures * 2 > metas.length && announces === 0 ? 'signature-last' : 'header-first';

  // Names on their own line before each stamp ("bytor104" then "Tue Jul 24, 2012 10:14 AM").
  const nameLines = new Set<number>();
  let namedStamps = 0;
  const stamps = metas.filter((i) => signals[i]!.kind === 'meta');
  for (const m of stamps) {
    const p = previousNonBlank(signals, m, 0);
    if (p >= 0 && signals[p]!.kind === 'text' && signals[p]!.nameLike) {
      nameLines.add(p);
      namedStamps++;
    }
  }
  const namesPattern = stamps.length > 0 && namedStamps * 2 >= stamps.length;
  if (!namesPattern) {
    nameLines.clear();
  }
  const namesOnly = metas.length > 0 && metas.every((i) => heads.includes(i) || signals[i]!.kind === 'marker');
  if (namesOnly) {
    // Each name on its own line heads its comment.
    heads.forEach((i) => nameLines.add(i));
  }

  let first = best.start;
  let firstComment = first;
  while (firstComment <= best.end && signals[firstComment]!.kind === 'header') {
    firstComment = nextNonBlank(signals, firstComment, best.end);
  }
  if (firstComment > first && layout === 'header-first') {
    // Sorting and view controls under the header ("Newest Oldest") are not a comment.
    let head = firstComment;
    while (head <= best.end && signals[head]!.kind !== 'meta' && !nameLines.has(head)) {
      head++;
    }
    if (head <= best.end && head - firstComment <= MAX_HEADER_CONTROLS) {
      firstComment = head;
    }
  }
  const gaps: number[] = [];
  for (let k = 1; k < metas.length; k++) {
    let text = 0;
    for (let i = metas[k - 1]! + 1; i < metas[k]!; i++) {
      if (signals[i]!.kind === 'text' && !nameLines.has(i)) {
        text++;
      }
    }
    if (text > 0) {
      gaps.push(text);
    }
  }
  const typical = Math.max(1, median(gaps));

  if (first === firstComment) {
    if (layout === 'signature-last') {
      // The first comment's text lies before its signature: take about one comment's worth.
      let taken = 0;
      let j = previousNonBlank(signals, first, 0);
      while (j >= 0 && taken < typical && signals[j]!.kind === 'text' && !looksLikeChrome(signals[j]!, texts[j]!)) {
        first = j;
        taken++;
        j = previousNonBlank(signals, j, 0);
      }
    } else if (namesPattern) {
      const p = previousNonBlank(signals, first, 0);
      if (p >= 0 && signals[p]!.kind === 'text' && signals[p]!.nameLike) {
        first = p;
        nameLines.add(p);
      }
    }
    firstComment = first;
  }

  // The last comment's text after its metadata, up to the region's end.
  let last = best.end;
  // A reply marker under each comment's text ends the last one; otherwise its text
  // follows its stamp (some pages put "Reply" between the stamp and the text).
  let markersAfterText = 0;
  let markers = 0;
  for (let i = best.start; i <= best.end; i++) {
    if (signals[i]!.kind === 'marker') {
      markers++;
      const p = previousNonBlank(signals, i, best.start);
      if (p >= best.start && signals[p]!.kind === 'text' && !nameLines.has(p)) {
        markersAfterText++;
      }
    }
  }
  const endsAtMarker = signals[best.end]!.kind === 'marker' && markersAfterText * 2 > markers;
  if (layout === 'header-first' && !endsAtMarker) {
    const cap = Math.max(12, typical * 4);
    let taken = 0;
    let j = nextNonBlank(signals, last, bestRegionEnd);
    while (j <= bestRegionEnd && taken < cap && !looksLikeChrome(signals[j]!, texts[j]!)) {
      last = j;
      taken++;
      j = nextNonBlank(signals, j, bestRegionEnd);
    }
  } else {
    let j = nextNonBlank(signals, last, bestRegionEnd);
    while (j <= bestRegionEnd && signals[j]!.kind === 'marker') {
      last = j;
      j = nextNonBlank(signals, j, bestRegionEnd);
    }
  }
  return { first, last, firstComment, layout, nameLines, nameHeads: new Set(heads) };
}
