import type { LineSignals } from './signals.js';
import { isStrong, median, nextNonBlank, previousNonBlank } from './lines.js';
import { WEIGHT, weights } from './weights.js';
import { densestRun, extendToLaterMetadata, skipArticleHead, startAtHeader, trimLeadingGap, type Run } from './runs.js';

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

/** The least summed evidence and the fewest metadata lines that make a section. */
const MIN_SCORE = 5;
const MIN_STRONG = 2;

/** Lines of sorting and view controls that may sit between a header and the first comment. */
const MAX_HEADER_CONTROLS = 6;

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
  // A header ("Комментарии (1)") may head a single comment's metadata.
  const headed = signals[best.start]!.kind === 'header';
  if (strong + heads.length / 2 < MIN_STRONG || metas.length + heads.length < (headed ? 1 : MIN_STRONG)) {
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
