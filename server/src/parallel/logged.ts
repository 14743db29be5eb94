import type { CheckLog } from '../cli/loadSeeds.js';
import type { LogLine } from './protocol.js';

/** A file's result with the lines its processing logged. */
export interface Logged<R> {
  readonly result: R;
  readonly log: readonly LogLine[];
}

/** Runs `work` with a log that only records, and returns its result with the lines. */
export function logged<R>(work: (log: CheckLog) => R): Logged<R> {
  const lines: LogLine[] = [];
  const result = work({
    error: (path, message) => lines.push(['error', path, message]),
    note: (path, message) => lines.push(['note', path, message]),
  });
  return { result, log: lines };
}

/** Writes a {@link Logged} result's lines to `log` and returns the result. */
export function replay<R>(item: Logged<R>, log: CheckLog): R {
  for (const [kind, path, message] of item.log) {
    log[kind](path, message);
  }
  return item.result;
}
