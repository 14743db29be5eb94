/**
 * A small pool of worker threads for the batch commands: tasks go out in batches to whichever
 * worker is free, results come back in task order. A worker that fails (a crash, running out of
 * memory) is not fatal: its unfinished tasks, and any left when no worker is alive, are run by
 * `fallback` in the calling thread, so every file still gets its result.
 */
import { Worker } from 'node:worker_threads';
import type { BatchRequest, BatchResponse } from './protocol.js';

/** What {@link runInWorkers} needs. */
export interface PoolJob<T, R> {
  /** The worker script (a bundled entry of ours). */
  readonly script: string;
  /** How many workers to start (at least 1). */
  readonly workers: number;
  /** Sent to every worker as its `workerData`. */
  readonly init: unknown;
  readonly tasks: readonly T[];
  /** Receives each task's result, in task order. */
  deliver(result: R, index: number): void;
  /** Computes a task's result in the calling thread (a failed worker's tasks). */
  fallback(task: T): R;
  /** Told once when a worker failed and its tasks moved to the calling thread. */
  warn(message: string): void;
  /** When it turns true, the run stops: no more results are delivered and the workers end. */
  cancelled?(): boolean;
  /** Worker heap limit in MB; the default leaves V8's. */
  readonly heapMb?: number;
}

/** Tasks per message: large enough to amortise messaging, small enough to balance. */
const BATCH = 8;
/** Results waiting for an earlier, slower task: at most this many batches ahead per worker. */
const WINDOW_BATCHES = 8;

/** Runs `job.tasks` on worker threads; resolves when every result was delivered. */
export function runInWorkers<T, R>(job: PoolJob<T, R>): Promise<void> {
  return new Promise((resolve, reject) => {
    const { tasks } = job;
    const results = new Map<number, R>();
    let nextToDeliver = 0;
    let nextToSend = 0;
    let batchId = 0;
    let warned = false;
    let finished = false;
    const inFlight = new Map<Worker, BatchRequest<T>>();
    const alive = new Set<Worker>();
    const idle: Worker[] = [];

    const finish = (error?: unknown): void => {
      if (finished) {
        return;
      }
      finished = true;
      for (const w of alive) {
        void w.terminate();
      }
      alive.clear();
      if (error === undefined) {
        resolve();
      } else {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    };

    const flush = (): void => {
      while (results.has(nextToDeliver)) {
        const result = results.get(nextToDeliver)!;
        results.delete(nextToDeliver);
        job.deliver(result, nextToDeliver);
        nextToDeliver++;
      }
    };

    const runHere = (index: number): void => {
      results.set(index, job.fallback(tasks[index]!));
    };

    const pump = (): void => {
      if (job.cancelled?.()) {
        finish();
        return;
      }
      try {
        // Deliver first: the window below is measured from the first undelivered task, and a
        // window left stale here would leave every worker idle with tasks still to send.
        flush();
        const window = WINDOW_BATCHES * BATCH * Math.max(1, alive.size);
        while (idle.length > 0 && nextToSend < tasks.length && nextToSend < nextToDeliver + window) {
          const worker = idle.pop()!;
          const end = Math.min(tasks.length, nextToSend + BATCH);
          const request: BatchRequest<T> = { id: batchId++, first: nextToSend, tasks: tasks.slice(nextToSend, end) };
          nextToSend = end;
          inFlight.set(worker, request);
          worker.postMessage(request);
        }
        if (alive.size === 0) {
          while (nextToSend < tasks.length) {
            runHere(nextToSend++);
          }
        }
        flush();
        if (nextToDeliver === tasks.length) {
          finish();
        } else if (inFlight.size === 0) {
          finish(new Error(`the worker pool stopped with ${tasks.length - nextToDeliver} file(s) left and nothing in progress`));
        }
      } catch (error) {
        finish(error);
      }
    };

    const lose = (worker: Worker, why: string): void => {
      if (!alive.delete(worker)) {
        return;
      }
      const idleAt = idle.indexOf(worker);
      if (idleAt >= 0) {
        idle.splice(idleAt, 1);
      }
      if (!warned && !finished) {
        warned = true;
        job.warn(`a worker thread failed (${why}); its files are checked in the main thread instead.`);
      }
      const request = inFlight.get(worker);
      inFlight.delete(worker);
      try {
        request?.tasks.forEach((_, k) => runHere(request.first + k));
      } catch (error) {
        finish(error);
        return;
      }
      pump();
    };

    for (let i = 0; i < job.workers; i++) {
      const worker = new Worker(job.script, {
        workerData: job.init,
        ...(job.heapMb === undefined ? {} : { resourceLimits: { maxOldGenerationSizeMb: job.heapMb } }),
      });
      alive.add(worker);
      idle.push(worker);
      worker.on('message', (response: BatchResponse<R>) => {
        const request = inFlight.get(worker);
        if (!request || request.id !== response.id) {
          return;
        }
        inFlight.delete(worker);
        response.results.forEach((result, k) => results.set(request.first + k, result));
        idle.push(worker);
        pump();
      });
      worker.on('error', (error) => lose(worker, error.message));
      worker.on('exit', (code) => lose(worker, `exit code ${code}`));
    }
    if (tasks.length === 0) {
      finish();
      return;
    }
    pump();
  });
}
