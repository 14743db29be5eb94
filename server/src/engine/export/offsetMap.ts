/**
 * Maps offsets of the original text to offsets of the clean text, through the runs the clean
 * text was copied from. A span maps to the clean characters copied from inside it; a span
 * with none (it was removed) maps to nothing.
 */
import type { Span } from '../types.js';
import type { CopiedRun } from './cleanText.js';

/** Original → clean offsets (UTF-16 code units on both sides). */
export class CleanOffsetMap {
  /** @param runs the copied runs, sorted; @param cleanLength the clean text's length. */
  constructor(
    readonly runs: readonly CopiedRun[],
    private readonly cleanLength: number,
  ) {}

  /** The clean offset of the first character copied from at or after original offset `offset` (the clean length if none). */
  startOf(offset: number): number {
    // First run that ends after `offset`.
    let lo = 0;
    let hi = this.runs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const run = this.runs[mid]!;
      if (run.source + run.length <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    const run = this.runs[lo];
    if (run === undefined) {
      return this.cleanLength;
    }
    return run.clean + Math.max(0, offset - run.source);
  }

  /** The clean offset just after the last character copied from before original offset `offset` (0 if none). */
  endOf(offset: number): number {
    // Last run that starts before `offset`.
    let lo = -1;
    let hi = this.runs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.runs[mid]!.source < offset) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    const run = this.runs[lo];
    if (run === undefined) {
      return 0;
    }
    return run.clean + Math.min(run.length, offset - run.source);
  }

  /** The clean span of the characters copied from inside original `span`, or `undefined` when none was. */
  span(span: Span): Span | undefined {
    const start = this.startOf(span.start);
    const end = this.endOf(span.end);
    return end > start ? { start, end } : undefined;
  }

  /** The original offset a clean offset was copied from; `undefined` for an inserted line break. */
  sourceOf(cleanOffset: number): number | undefined {
    let lo = 0;
    let hi = this.runs.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const run = this.runs[mid]!;
      if (cleanOffset < run.clean) {
        hi = mid - 1;
      } else if (cleanOffset >= run.clean + run.length) {
        lo = mid + 1;
      } else {
        return run.source + (cleanOffset - run.clean);
      }
    }
    return undefined;
  }
}
