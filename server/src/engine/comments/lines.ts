import type { LineSignals } from './signals.js';

/** The nearest non-blank line above `i`, not above `floor` (or `floor - 1`). */
export function previousNonBlank(signals: readonly LineSignals[], i: number, floor: number): number {
  let j = i - 1;
  while (j >= floor && signals[j]!.kind === 'blank') {
    j--;
  }
  return j;
}

/** The nearest non-blank line below `i`, not below `ceiling` (or `ceiling + 1`). */
export function nextNonBlank(signals: readonly LineSignals[], i: number, ceiling: number): number {
  let j = i + 1;
  while (j <= ceiling && signals[j]!.kind === 'blank') {
    j++;
  }
  return j;
}


/** Metadata, a header or a reply marker. */
export const isStrong = (s: LineSignals): boolean => s.kind === 'meta' || s.kind === 'header' || s.kind === 'marker';

/** The lower median of `values` (0 when empty). */
export function median(values: readonly number[]): number {
  if (values.length === 0) {
    return 0;
  }
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

