/** Reading seeds from disk into the corpus (the engine never touches the file system). */
import { readFile, stat } from 'node:fs/promises';
import { decodeSeed, type SeedDocument } from '../engine/index.js';
import { lazySeed } from './lazySeed.js';
import { MAX_ANALYSED_CHARS } from './limits.js';
import type { CountedProgress } from './progress.js';
import { pathToUri } from './uris.js';
import type { WorkspaceCorpus } from './workspaceCorpus.js';

/** A seed read from disk, or why it was not. */
export type DiskSeed =
  | { readonly ok: true; readonly doc: SeedDocument; readonly note?: string }
  | { readonly ok: false; readonly reason: string };

/** UTF-8 needs at most 3 bytes per UTF-16 unit, so a bigger file is surely over the limit. */
const MAX_FILE_BYTES = 3 * MAX_ANALYSED_CHARS;

/** Reads and decodes one seed (parsed lazily); refusals (binary, too large, unreadable) come back as reasons. */
export async function readSeed(path: string): Promise<DiskSeed> {
  try {
    const size = (await stat(path)).size;
    if (size > MAX_FILE_BYTES) {
      return { ok: false, reason: `too large to analyse (${size} bytes)` };
    }
    const decoded = decodeSeed(await readFile(path));
    if (!decoded.ok) {
      return { ok: false, reason: decoded.error };
    }
    if (decoded.text.length > MAX_ANALYSED_CHARS) {
      return { ok: false, reason: `too large to analyse (${decoded.text.length} characters)` };
    }
    const doc = lazySeed(pathToUri(path), decoded.text);
    return decoded.note === undefined ? { ok: true, doc } : { ok: true, doc, note: decoded.note };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

/** Where {@link indexSeeds} reports. */
export interface IndexingSink {
  readonly corpus: WorkspaceCorpus;
  readonly progress: CountedProgress;
  /** A line for the log (refusals and decoding notes). */
  log(message: string): void;
  /** Stop early (the server is shutting down). */
  cancelled(): boolean;
}

/**
 * Reads `paths` into the corpus one by one, yielding to the event loop between files so
 * edits and requests on open documents are answered while a large corpus loads.
 */
export async function indexSeeds(paths: readonly string[], sink: IndexingSink): Promise<number> {
  let indexed = 0;
  for (let i = 0; i < paths.length && !sink.cancelled(); i++) {
    const path = paths[i]!;
    const seed = await readSeed(path);
    if (seed.ok) {
      sink.corpus.setFromDisk(seed.doc);
      indexed++;
      if (seed.note) {
        sink.log(`${path}: ${seed.note}`);
      }
    } else {
      sink.log(`${path}: not indexed: ${seed.reason}`);
    }
    sink.progress.report(i + 1, paths.length, `${i + 1}/${paths.length} seeds`);
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  return indexed;
}

/**
 * What decoding a file's bytes says when they are not plain UTF-8: the decoder's note
 * (a legacy encoding it recognised) or its refusal; `undefined` for UTF-8 or unreadable files.
 */
export async function readEncoding(path: string): Promise<string | undefined> {
  try {
    if ((await stat(path)).size > MAX_FILE_BYTES) {
      return undefined;
    }
    const decoded = decodeSeed(await readFile(path));
    if (!decoded.ok) {
      return decoded.error;
    }
    return decoded.encoding === 'utf-8' ? undefined : decoded.note;
  } catch {
    return undefined;
  }
}
