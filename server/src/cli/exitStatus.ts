/** Exit statuses of the CLI, per the contract. */
import type { Severity } from '../engine/index.js';
import type { FailOn } from './args.js';
import { isFailed, type CheckReport } from './report.js';

/** The exit statuses of `source-review`. */
export const ExitStatus = {
  /** No findings at or above the failing severity. */
  Clean: 0,
  /** Findings at or above the failing severity. */
  Findings: 1,
  /** A usage error, a bad config file, or a file that could not be read or decoded. */
  Error: 2,
} as const;

/** One of {@link ExitStatus}'s values. */
export type ExitStatusCode = (typeof ExitStatus)[keyof typeof ExitStatus];

const RANK: Readonly<Record<Severity, number>> = { hint: 0, information: 1, warning: 2, error: 3 };

/** True when `severity` is at or above `failOn`. */
export function failsOn(severity: Severity, failOn: FailOn): boolean {
  return failOn !== 'none' && RANK[severity] >= RANK[failOn];
}

/** The exit status of a `check` run: input errors first, then findings. */
export function checkExitStatus(report: CheckReport, failOn: FailOn): ExitStatusCode {
  if (report.files.some(isFailed)) {
    return ExitStatus.Error;
  }
  const failing = report.files.some((f) => !isFailed(f) && f.diagnostics.some((d) => failsOn(d.severity, failOn)));
  return failing ? ExitStatus.Findings : ExitStatus.Clean;
}
