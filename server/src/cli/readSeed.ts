/** Reading one seed from disk: bytes through the engine's decoding policy, or a clear refusal. */
import { readFileSync, statSync } from 'node:fs';
import { decodeSeed, MAX_SEED_BYTES } from '../engine/index.js';
import { describeFsError } from './fsErrors.js';

/** A seed's text, with a note when it was not plain UTF-8; or why it could not be had. */
export type ReadSeedResult =
  | { readonly ok: true; readonly text: string; readonly encoding: string; readonly note?: string }
  | { readonly ok: false; readonly error: string };

/** Reads and decodes the file at `path`. Never throws for file-system or decoding problems. */
export function readSeed(path: string): ReadSeedResult {
  let bytes: Uint8Array;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) {
      return { ok: false, error: 'Is a folder, not a file.' };
    }
    // Reading a pipe, socket or device could block forever or never end.
    if (!stat.isFile()) {
      return { ok: false, error: 'Not a regular file (a pipe, socket or device): skipped.' };
    }
    if (stat.size > MAX_SEED_BYTES) {
      return { ok: false, error: `File is too large (${stat.size} bytes; the limit is ${MAX_SEED_BYTES}).` };
    }
    bytes = readFileSync(path);
  } catch (error) {
    return { ok: false, error: `Cannot read file: ${describeFsError(error)}` };
  }
  const decoded = decodeSeed(bytes);
  if (!decoded.ok) {
    return decoded;
  }
  // A UTF-8 byte order mark is dropped silently: editors do the same, so positions agree.
  const legacy = decoded.encoding !== 'utf-8';
  return {
    ok: true,
    text: decoded.text,
    encoding: decoded.encoding,
    ...(legacy && decoded.note !== undefined ? { note: decoded.note } : {}),
  };
}
