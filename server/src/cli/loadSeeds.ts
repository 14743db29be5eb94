/**
 * Loading seeds for a command: discover the files under the paths given, read and decode
 * each, parse it once, and index all of them as one corpus. Shared by `check` and `xref`.
 */
import { CorpusIndex, parseSeed, type SeedDocument } from '../engine/index.js';
import { discoverSeeds } from './discovery.js';
import { readSeed } from './readSeed.js';

/** Where a command reports what happens to single files, as it happens. */
export interface CheckLog {
  /** A file could not be used: the message names it and says why. */
  error(path: string, message: string): void;
  /** A file was used, with a remark (e.g. decoded from a legacy encoding). */
  note(path: string, message: string): void;
}

/** One discovered file: parsed, or why it could not be used. */
export type LoadedSeed =
  | { readonly path: string; readonly error: string }
  | { readonly path: string; readonly doc: SeedDocument; readonly note?: string };

/** The documents given on the command line, in discovery order, and their corpus. */
export interface LoadedSeeds {
  readonly entries: readonly LoadedSeed[];
  readonly corpus: CorpusIndex;
}

/** Discovers, reads and parses the seeds under `paths` (errors become entries; nothing is logged but empty folders). */
export function loadSeeds(paths: readonly string[], log: CheckLog): LoadedSeeds {
  const corpus = new CorpusIndex();
  const entries: LoadedSeed[] = [];
  const empty = (folder: string) => log.note(folder, 'No seed files (*.txt, *.md, *.seed) in this folder.');
  for (const seed of discoverSeeds(paths, empty)) {
    if (seed.error !== undefined) {
      entries.push({ path: seed.path, error: seed.error });
      continue;
    }
    const read = readSeed(seed.path);
    if (!read.ok) {
      entries.push({ path: seed.path, error: read.error });
      continue;
    }
    let doc: SeedDocument;
    try {
      doc = parseSeed(seed.path, read.text);
    } catch (error) {
      entries.push({ path: seed.path, error: internalError('parsing', error) });
      continue;
    }
    corpus.set(doc);
    entries.push({ path: seed.path, doc, ...(read.note !== undefined ? { note: read.note } : {}) });
  }
  return { entries, corpus };
}

/** A bug of ours met on one file: reported for that file, so that the others are still processed. */
export function internalError(stage: string, error: unknown): string {
  const detail = error instanceof Error ? error.message : String(error);
  return `Internal error while ${stage} this file (please report it): ${detail}`;
}
