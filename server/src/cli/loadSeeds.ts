/**
 * Loading seeds for a command: discover the files under the paths given, read and decode
 * each, and index the lines of all of them as one corpus; each file is parsed later, once,
 * when the command comes to it ({@link parseLoaded}), so that only one parsed document is
 * in memory at a time. Shared by `check` and `xref`.
 */
import { CorpusIndex, parseSeed, type SeedDocument } from '../engine/index.js';
import { discoverSeeds } from './discovery.js';
import { scopeForPaths } from './config.js';
import type { WorkspaceScope } from '../settings/scope.js';
import { readSeed } from './readSeed.js';

/** Where a command reports what happens to single files, as it happens. */
export interface CheckLog {
  /** A file could not be used: the message names it and says why. */
  error(path: string, message: string): void;
  /** A file was used, with a remark (e.g. decoded from a legacy encoding). */
  note(path: string, message: string): void;
}

/** One discovered file: read and decoded, or why it could not be used. */
export type LoadedSeed =
  | { readonly path: string; readonly error: string }
  | { readonly path: string; readonly text: string; readonly note?: string; readonly outlet?: string };

/** The documents given on the command line, in discovery order, and their corpus. */
export interface LoadedSeeds {
  readonly entries: readonly LoadedSeed[];
  /** Every read file's lines, as evidence for the corpus rules (documents are not kept). */
  readonly corpus: CorpusIndex;
}

/**
 * Discovers and reads the seeds under `paths` and indexes their lines (errors become entries;
 * nothing is logged but empty folders). `scope` (from `--config`) chooses the files taken from
 * folders (`corpus.*`) and names outlets (`outlets`).
 */
export function loadSeeds(paths: readonly string[], log: CheckLog, scope?: WorkspaceScope): LoadedSeeds {
  const corpus = new CorpusIndex();
  const entries: LoadedSeed[] = [];
  const empty = (folder: string) => log.note(folder, 'No seed files (*.txt, *.md, *.seed) in this folder.');
  const rooted = scope && scopeForPaths(scope, paths);
  for (const seed of discoverSeeds(paths, empty, rooted && ((path) => rooted.accepts(path)))) {
    if (seed.error !== undefined) {
      entries.push({ path: seed.path, error: seed.error });
      continue;
    }
    const read = readSeed(seed.path);
    if (!read.ok) {
      entries.push({ path: seed.path, error: read.error });
      continue;
    }
    corpus.setText(seed.path, read.text);
    const outlet = rooted?.outletFor(seed.path, read.text);
    entries.push({ path: seed.path, text: read.text, ...(read.note !== undefined ? { note: read.note } : {}), ...(outlet !== undefined ? { outlet } : {}) });
  }
  return { entries, corpus };
}

/** Parses a file that was read; a parser bug becomes the file's error. */
export function parseLoaded(entry: { readonly path: string; readonly text: string; readonly outlet?: string }): { doc: SeedDocument } | { error: string } {
  try {
    const doc = parseSeed(entry.path, entry.text);
    return { doc: entry.outlet === undefined ? doc : { ...doc, outlet: entry.outlet } };
  } catch (error) {
    return { error: internalError('parsing', error) };
  }
}

/** A bug of ours met on one file: reported for that file, so that the others are still processed. */
export function internalError(stage: string, error: unknown): string {
  const detail = error instanceof Error ? error.message : String(error);
  return `Internal error while ${stage} this file (please report it): ${detail}`;
}
