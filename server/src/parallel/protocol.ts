/** Messages between the batch commands and their worker threads ({@link runInWorkers}). */
import type { EngineSettings } from '../engine/index.js';

/** A batch of tasks for one worker; `first` is the index of the first task in the whole run. */
export interface BatchRequest<T> {
  readonly id: number;
  readonly first: number;
  readonly tasks: readonly T[];
}

/** The results of a {@link BatchRequest}, in its order. */
export interface BatchResponse<R> {
  readonly id: number;
  readonly results: readonly R[];
}

/** What every worker is started with: the job, the settings and the corpus evidence. */
export interface WorkerInit {
  readonly job: 'check' | 'xref';
  readonly settings?: EngineSettings;
  /** `check`: also report each file's sources (who said what). */
  readonly sources?: boolean;
  /** `check`: send each file's report rendered in this format instead of as an object. */
  readonly render?: 'json';
  /** The corpus's line keys ({@link CorpusIndex.exportKeys}). */
  readonly corpusKeys: readonly (readonly [string, readonly number[]])[];
}

/** A line a file's processing wrote to the log, replayed by the main thread in file order. */
export type LogLine = readonly ['error' | 'note', string, string];
