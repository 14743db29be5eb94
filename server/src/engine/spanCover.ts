import type { Span } from './types.js';

/** Sorted spans answering "does one of them contain [start, end)?" in O(log n). */
export class SpanCover {
  private readonly starts: number[];
  /** `maxEnd[i]` is the largest end among the first i + 1 spans by start. */
  private readonly maxEnd: number[] = [];

  constructor(spans: readonly Span[]) {
    const sorted = [...spans].sort((a, b) => a.start - b.start);
    this.starts = sorted.map((s) => s.start);
    let max = -1;
    for (const s of sorted) {
      max = Math.max(max, s.end);
      this.maxEnd.push(max);
    }
  }

  /** Whether one of the spans contains `[start, end)`. */
  contains(start: number, end: number): boolean {
    let lo = 0;
    let hi = this.starts.length - 1;
    let last = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]! <= start) {
        last = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return last >= 0 && this.maxEnd[last]! >= end;
  }
}
