import type { LineSignals } from './signals.js';
import type { SectionBounds } from './boundary.js';

/** One comment of a section, in lines. */
export interface CommentLines {
  readonly firstLine: number;
  readonly lastLine: number;
  readonly depth: number;
}

/** A line that opens a comment's metadata: a stamp, or a name just before one. */
function isHeadLine(signals: readonly LineSignals[], bounds: SectionBounds, i: number): boolean {
  return signals[i]!.kind === 'meta' || bounds.nameLines.has(i);
}

/**
 * Splits a metadata-laid-out section into comments: a comment starts where metadata
 * starts after a comment's text (names and stamps first), or where text starts after
 * a signature or a reply marker. A comment must have some text before the next one
 * starts, so a name line, its stamp and a "Reply" placed above the text stay together.
 */
export function splitByMetadata(signals: readonly LineSignals[], bounds: SectionBounds): CommentLines[] {
  const starts: number[] = [];
  let previous = -1;
  let hasBody = false;
  for (let i = bounds.firstComment; i <= bounds.last; i++) {
    const s = signals[i]!;
    if (s.kind === 'blank' || s.kind === 'header' || s.kind === 'closing') {
      continue;
    }
    let start = previous < 0;
    if (!start && hasBody) {
      const p = signals[previous]!;
      if (bounds.layout === 'signature-last') {
        start = (p.kind === 'meta' || p.kind === 'marker') && s.kind !== 'meta' && s.kind !== 'marker';
      } else {
        const head = isHeadLine(signals, bounds, i);
        const prevHead = isHeadLine(signals, bounds, previous);
        start = (head && !prevHead) || (p.kind === 'marker' && s.kind !== 'marker');
      }
    }
    if (start) {
      starts.push(i);
      hasBody = false;
    }
    const opensComment = start && s.nameLike;
    if (s.kind === 'text' && !bounds.nameLines.has(i) && !opensComment) {
      hasBody = true;
    }
    previous = i;
  }
  return withDepths(signals, starts, bounds.last);
}

/** Turns comment start lines into comments, with reply depth from indentation. */
export function withDepths(signals: readonly LineSignals[], starts: readonly number[], last: number): CommentLines[] {
  const indents = [...new Set(starts.map((i) => signals[i]!.indent))].sort((a, b) => a - b);
  const out: CommentLines[] = [];
  for (let k = 0; k < starts.length; k++) {
    const firstLine = starts[k]!;
    let lastLine = k + 1 < starts.length ? starts[k + 1]! - 1 : last;
    while (lastLine > firstLine && signals[lastLine]!.kind === 'blank') {
      lastLine--;
    }
    out.push({ firstLine, lastLine, depth: indents.indexOf(signals[firstLine]!.indent) });
  }
  return out;
}
