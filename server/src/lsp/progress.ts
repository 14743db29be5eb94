/** Work-done progress for long server tasks (reading the corpus). */
import type { Connection, WorkDoneProgressServerReporter } from 'vscode-languageserver';

/** Reports how far a counted task has got; silent when the client shows no progress. */
export interface CountedProgress {
  /** `done` of `total` items finished. */
  report(done: number, total: number, message?: string): void;
  /** The task is over. */
  end(): void;
}

const SILENT: CountedProgress = { report: () => undefined, end: () => undefined };

/**
 * Starts a server-initiated progress (`window/workDoneProgress/create`) when the client
 * supports it; sends a report only when the whole percentage changes.
 */
export async function beginProgress(connection: Connection, supported: boolean, title: string, message?: string): Promise<CountedProgress> {
  if (!supported) {
    return SILENT;
  }
  let reporter: WorkDoneProgressServerReporter;
  try {
    reporter = await connection.window.createWorkDoneProgress();
  } catch {
    return SILENT;
  }
  reporter.begin(title, 0, message, false);
  let last = 0;
  let ended = false;
  return {
    report(done, total, message) {
      const percentage = total > 0 ? Math.floor((100 * done) / total) : 100;
      if (!ended && percentage !== last) {
        last = percentage;
        if (message === undefined) {
          reporter.report(percentage);
        } else {
          reporter.report(percentage, message);
        }
      }
    },
    end() {
      if (!ended) {
        ended = true;
        reporter.done();
      }
    },
  };
}
