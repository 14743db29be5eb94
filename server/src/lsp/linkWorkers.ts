/**
 * Linking the workspace's events on worker threads: each worker parses a document, finds its
 * boilerplate and comments and computes its event signature, so the server's own thread only
 * adds signatures to the index and stays free for hovers and edits. Documents the workers
 * cannot take (a replacement rule registry, a failed worker) are handed back to be done here.
 */
import { availableParallelism } from 'node:os';
import type { DocumentSignature } from '../engine/events/index.js';
import type { EngineSettings, SeedDocument } from '../engine/index.js';
import type { LoadedSeed } from '../cli/loadSeeds.js';
import type { XrefFile } from '../cli/xref.js';
import { workerScript } from '../parallel/jobs.js';
import type { Logged } from '../parallel/logged.js';
import { runInWorkers } from '../parallel/pool.js';
import { knownOutlet } from './lazySeed.js';
import type { EventHooks, EventSource } from './events.js';

/** Fewer documents than this are linked faster in this thread than by starting a worker. */
const MIN_DOCUMENTS = 50;

/** Called for each document a worker linked: its signature, or `undefined` when it could not be analysed. */
export type Linked = (key: string, doc: SeedDocument, signature: DocumentSignature | undefined) => void;

/**
 * Computes the signatures of the documents at `keys` on worker threads, one settings scope at
 * a time, handing each to `linked` as it arrives. Returns the keys left for this thread.
 */
export async function linkInWorkers(keys: readonly string[], source: EventSource, hooks: EventHooks, linked: Linked): Promise<string[]> {
  const script = workerScript();
  if (script === undefined || keys.length < MIN_DOCUMENTS || !source.engineSettings || !source.corpusKeys) {
    return [...keys];
  }
  const left: string[] = [];
  const groups = new Map<EngineSettings, string[]>();
  for (const key of keys) {
    const settings = await source.engineSettings(key);
    if (settings === undefined) {
      left.push(key);
    } else {
      groups.set(settings, [...(groups.get(settings) ?? []), key]);
    }
  }
  for (const [settings, group] of groups) {
    const docs = group.map((key) => source.get(key));
    const tasks: (LoadedSeed & { readonly index: number })[] = [];
    docs.forEach((doc, index) => {
      if (doc === undefined) {
        return; // left the corpus meanwhile
      }
      const outlet = knownOutlet(doc);
      tasks.push({ index, path: group[index]!, text: doc.text, ...(typeof outlet === 'string' ? { outlet } : {}) });
    });
    const handedBack = new Set<number>();
    // One core is left to the editor and to this thread's answers.
    const workers = Math.max(1, Math.min(8, availableParallelism() - 1));
    try {
      await runInWorkers<LoadedSeed & { readonly index: number }, Logged<XrefFile> | 'here'>({
        script,
        workers,
        init: { job: 'xref', settings, corpusKeys: source.corpusKeys() },
        tasks,
        deliver: (result, n) => {
          const { index } = tasks[n]!;
          if (result === 'here') {
            handedBack.add(index);
            return;
          }
          for (const [, path, message] of result.log) {
            hooks.log(`Source Review: ${path}: ${message}`);
          }
          linked(group[index]!, docs[index]!, result.result.signature);
        },
        fallback: () => 'here',
        warn: (message) => hooks.log(`Source Review: ${message}`),
        cancelled: () => hooks.cancelled(),
      });
    } catch (error) {
      hooks.log(`Source Review: linking on worker threads stopped (${error instanceof Error ? error.message : String(error)}); the rest is linked here.`);
      return [...keys]; // what was linked already is skipped there
    }
    left.push(...[...handedBack].map((index) => group[index]!));
    hooks.log(`Source Review: ${tasks.length - handedBack.size} document(s) analysed for linking on ${workers} worker thread(s).`);
  }
  return left;
}
