/** Summaries of repeated measurements. */

/** Median, minimum and maximum of repeated runs. */
export interface Spread {
  readonly median: number;
  readonly min: number;
  readonly max: number;
  readonly runs: number;
}

/** The spread of `values` (NaN everywhere when there are none). */
export function spread(values: readonly number[]): Spread {
  if (values.length === 0) {
    return { median: Number.NaN, min: Number.NaN, max: Number.NaN, runs: 0 };
  }
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  const median = sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return { median, min: sorted[0]!, max: sorted[sorted.length - 1]!, runs: sorted.length };
}

/** `median (min–max)` with `digits` decimals; just the median for a single run. */
export function formatSpread(s: Spread, digits = 1): string {
  if (s.runs === 0) {
    return 'n/a';
  }
  const f = (n: number): string => n.toFixed(digits);
  return s.runs === 1 ? f(s.median) : `${f(s.median)} (${f(s.min)}–${f(s.max)})`;
}
