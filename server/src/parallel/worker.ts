/**
 * The worker-thread entry of the batch commands (bundled as `dist/worker.js`): builds the
 * analyzer and the corpus evidence once from {@link WorkerInit}, then answers batches of files
 * with the same per-file functions the main thread uses.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { CorpusIndex, createAnalyzer } from '../engine/index.js';
import { checkLogged, checkRendered } from '../cli/check.js';
import type { LoadedSeed } from '../cli/loadSeeds.js';
import { xrefLogged } from '../cli/xref.js';
import type { BatchRequest, BatchResponse, WorkerInit } from './protocol.js';

const init = workerData as WorkerInit;
const analyzer = createAnalyzer(init.settings ? { settings: init.settings } : {});
const corpus = CorpusIndex.fromKeys(init.corpusKeys);
const handle: (entry: LoadedSeed) => unknown =
  init.job === 'xref'
    ? (entry: LoadedSeed) => xrefLogged(entry, analyzer, corpus)
    : (entry: LoadedSeed) => (init.render === 'json' ? checkRendered : checkLogged)(entry, analyzer, corpus, init.sources ? { sources: true } : {});

parentPort?.on('message', (request: BatchRequest<LoadedSeed>) => {
  const response: BatchResponse<unknown> = { id: request.id, results: request.tasks.map(handle) };
  parentPort?.postMessage(response);
});
