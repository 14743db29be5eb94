/**
 * Document identity. Clients spell the same file's URI in different ways (VS Code
 * percent-encodes `:` in drive letters and more characters than Node does), so the corpus
 * keys documents by a canonical URI: the one Node's `pathToFileURL` gives for the file's path.
 */
import { isAbsolute, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The file system path of a `file:` URI, or `undefined` for other schemes and malformed URIs. */
export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) {
    return undefined;
  }
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/** The canonical `file:` URI of an absolute path. */
export function pathToUri(path: string): string {
  return pathToFileURL(path).href;
}

/** The canonical form of a URI: `file:` URIs re-spelled from their path, others unchanged. */
export function canonicalUri(uri: string): string {
  const path = uriToPath(uri);
  return path === undefined ? uri : pathToUri(path);
}

/** A path with `/` separators, as the engine's path rules expect. */
export function slashPath(path: string): string {
  return path.replace(/\\/g, '/');
}

/** True when `path` is `folder` or lies below it. */
export function isInside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}
