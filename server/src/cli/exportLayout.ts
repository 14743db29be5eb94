/**
 * Where each clean file goes inside the output folder: at the source's path relative to a base
 * folder, so the export repeats the sources' layout. The base is the preferred one (the current
 * folder for the CLI, the workspace folder in the editor) when every source lies inside it,
 * otherwise the deepest folder common to all sources.
 */
import { dirname, relative, resolve, sep } from 'node:path';
import { isSameOrInside } from './exportTarget.js';

/** Names the export writes itself at the top of the output folder. */
export const RESERVED_NAMES: ReadonlySet<string> = new Set(['annotations.jsonl', 'annotations.jsonld']);

/** Each file's clean path, relative to the output folder with `/` separators, in input order. */
export function cleanPaths(files: readonly string[], preferredBase?: string): string[] {
  const absolute = files.map((f) => resolve(f));
  const preferred = preferredBase !== undefined ? resolve(preferredBase) : undefined;
  const base = preferred !== undefined && absolute.every((f) => isSameOrInside(f, preferred)) ? preferred : commonFolder(absolute);
  return absolute.map((f) => relative(base, f).split(sep).join('/'));
}

function commonFolder(files: readonly string[]): string {
  if (files.length === 0) {
    return resolve('.');
  }
  let common = dirname(files[0]!);
  for (const f of files) {
    while (!isSameOrInside(f, common)) {
      const parent = dirname(common);
      if (parent === common) {
        return common;
      }
      common = parent;
    }
  }
  return common;
}
