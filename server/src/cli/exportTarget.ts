/**
 * Where `export` may write. The output folder must not be a source folder, nor lie inside one,
 * nor contain a source (symbolic links resolved), so an export never writes next to or over a
 * source and a later run never reads its own output as seeds. An existing output folder must be
 * empty unless the caller forces it; then files of the same name are replaced, others left be.
 */
import { existsSync, lstatSync, mkdirSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { describeFsError } from './fsErrors.js';

/** Why an output folder was refused. */
export type RefusalReason = 'inside-sources' | 'holds-sources' | 'not-empty' | 'not-a-folder' | 'cannot-write';

/** A reason not to export to a folder; the message names the folders and says why. */
export class ExportRefusal extends Error {
  override readonly name = 'ExportRefusal';

  constructor(
    message: string,
    /** What is wrong, for callers that offer a way out (e.g. "replace files" for `not-empty`). */
    readonly reason: RefusalReason,
  ) {
    super(message);
  }
}

/** The folders a run reads from: folder PATHs themselves, and the folder holding each file PATH. */
export function sourceFoldersOf(paths: readonly string[]): string[] {
  return paths.map((p) => {
    try {
      return statSync(p).isDirectory() ? p : dirname(p);
    } catch {
      return dirname(p);
    }
  });
}

/** The real path of `path`, also when it (or its parents) does not exist yet. */
export function realPathOf(path: string): string {
  const absolute = resolve(path);
  const missing: string[] = [];
  let existing = absolute;
  while (!existsSync(existing)) {
    const parent = dirname(existing);
    if (parent === existing) {
      break;
    }
    missing.unshift(basename(existing));
    existing = parent;
  }
  let real: string;
  try {
    real = realpathSync(existing);
  } catch {
    real = existing;
  }
  return join(real, ...missing);
}

/** Whether `inner` is `outer` or lies inside it (both real, absolute paths). */
export function isSameOrInside(inner: string, outer: string): boolean {
  const rel = relative(outer, inner);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * Throws {@link ExportRefusal} when `out` is, or is inside, one of `sourceFolders`, or when one
 * of `sources` (files or folders) is inside `out`.
 */
export function checkExportTarget(out: string, sourceFolders: readonly string[], sources: readonly string[]): void {
  const realOut = realPathOf(out);
  for (const folder of sourceFolders) {
    const realFolder = realPathOf(folder);
    if (isSameOrInside(realOut, realFolder)) {
      const where = realOut === realFolder ? 'is the source folder' : 'is inside the source folder';
      throw new ExportRefusal(`The output folder ${out} ${where} ${folder}; choose a folder outside the sources (the export never writes next to them).`, 'inside-sources');
    }
  }
  for (const source of sources) {
    if (isSameOrInside(realPathOf(source), realOut)) {
      throw new ExportRefusal(`The source ${source} is inside the output folder ${out}; choose an output folder that holds no sources.`, 'holds-sources');
    }
  }
}

/**
 * Creates `out` (and its parents) when missing. Throws {@link ExportRefusal} when it is not a
 * folder, or holds files and `force` is not set, or cannot be created.
 */
export function prepareOutputFolder(out: string, force: boolean): void {
  let stat;
  try {
    stat = lstatSync(out);
  } catch {
    stat = undefined;
  }
  if (stat === undefined) {
    try {
      mkdirSync(out, { recursive: true });
    } catch (error) {
      throw new ExportRefusal(`Cannot create the output folder ${out}: ${describeFsError(error)}`, 'cannot-write');
    }
    return;
  }
  if (!statSync(out).isDirectory()) {
    throw new ExportRefusal(`The output path ${out} exists and is not a folder.`, 'not-a-folder');
  }
  if (!force && readdirSync(out).length > 0) {
    throw new ExportRefusal(`The output folder ${out} is not empty; empty it, choose another, or pass --force to replace files of the same name.`, 'not-empty');
  }
}
