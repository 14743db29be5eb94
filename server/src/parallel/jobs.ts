/**
 * How a batch command spreads its files over worker threads: `--jobs N`, or `auto` — one
 * worker per core once the corpus is large enough to repay starting them.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { CheckLog } from '../cli/loadSeeds.js';
import { runInWorkers } from './pool.js';
import type { WorkerInit } from './protocol.js';

/** `--jobs`: a number of worker threads (1 = none, all in the main thread), or `auto`. */
export type Jobs = number | 'auto';

/** Most workers `auto` starts. */
const MAX_AUTO_WORKERS = 8;
/** `auto` starts a worker per this many files at most: fewer files are faster without. */
const FILES_PER_WORKER = 50;

/** The number of workers for `files` files: 0 means the main thread does the work. */
export function plannedWorkers(jobs: Jobs, files: number, cores = availableParallelism()): number {
  const wanted = jobs === 'auto' ? Math.min(cores, MAX_AUTO_WORKERS, Math.floor(files / FILES_PER_WORKER)) : Math.min(jobs, files);
  return wanted >= 2 ? wanted : 0;
}

/** The bundled worker entry next to the CLI bundle, or undefined when running from sources (tests). */
export function workerScript(): string | undefined {
  const script = join(__dirname, 'worker.js');
  return existsSync(script) ? script : undefined;
}

/** A batch of per-file work: done on worker threads when {@link plannedWorkers} says so, else here. */
export interface FileWork<T, R> {
  readonly jobs: Jobs;
  readonly init: WorkerInit;
  readonly tasks: readonly T[];
  /** The same work in this thread: the serial path, and the fallback for a failed worker. */
  here(task: T): R;
  /** Each result, in task order. */
  deliver(result: R): void;
  readonly log: CheckLog;
}

/** Runs `work` and delivers every result in order, on workers or in this thread. */
export async function inWorkersOrHere<T, R>(work: FileWork<T, R>): Promise<void> {
  const workers = plannedWorkers(work.jobs, work.tasks.length);
  const script = workers > 0 ? workerScript() : undefined;
  if (script === undefined) {
    for (const task of work.tasks) {
      work.deliver(work.here(task));
    }
    return;
  }
  await runInWorkers<T, R>({
    script,
    workers,
    init: work.init,
    tasks: work.tasks,
    deliver: (result) => work.deliver(result),
    fallback: (task) => work.here(task),
    warn: (message) => work.log.note('worker threads', message),
  });
}
