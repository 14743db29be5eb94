/** Finding the seeds of a workspace folder on disk. */
import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { isSeedPath, isSkippedFolder } from '../engine/index.js';
import { isInside, slashPath } from './uris.js';

/** Limits of {@link findSeedFiles}. */
export interface SeedSearchLimits {
  /** Folders nested deeper than this below the root are not searched. */
  readonly maxDepth: number;
  /** The search stops after this many seeds. */
  readonly maxFiles: number;
}

/** Generous limits for a real workspace. */
export const DEFAULT_SEARCH_LIMITS: SeedSearchLimits = { maxDepth: 24, maxFiles: 100_000 };

/** The outcome of a search: seed paths in a stable order, and whether a limit cut it short. */
export interface SeedSearch {
  readonly files: string[];
  readonly truncated: boolean;
}

/**
 * Lists the seeds (per the contract's path rules) under `root`, skipping hidden folders and
 * `node_modules`. A symbolic link into the root itself is skipped (its target is listed under
 * its own name, so no seed is counted twice as corpus evidence); a link out of the root is
 * followed. Each real folder is visited once, so a link loop ends. Unreadable folders are skipped.
 */
export async function findSeedFiles(root: string, limits: SeedSearchLimits = DEFAULT_SEARCH_LIMITS): Promise<SeedSearch> {
  const files: string[] = [];
  const visited = new Set<string>();
  let truncated = false;
  let full = false;
  let realRoot: string;
  try {
    realRoot = await realpath(root);
  } catch {
    return { files, truncated };
  }

  async function visit(dir: string, depth: number): Promise<void> {
    if (depth > limits.maxDepth) {
      truncated = true;
      return;
    }
    let real: string;
    try {
      real = await realpath(dir);
    } catch {
      return;
    }
    if (visited.has(real)) {
      return;
    }
    visited.add(real);
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const path = join(dir, entry.name);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          if (isInside(realRoot, await realpath(path))) {
            continue;
          }
          const target = await stat(path);
          isDir = target.isDirectory();
          isFile = target.isFile();
        } catch {
          continue; // a dangling link
        }
      }
      if (isDir) {
        if (!isSkippedFolder(entry.name)) {
          await visit(path, depth + 1);
        }
      } else if (isFile && isSeedPath(slashPath(path))) {
        if (files.length >= limits.maxFiles) {
          truncated = full = true;
          return;
        }
        files.push(path);
      }
      if (full) {
        return;
      }
    }
  }

  await visit(root, 0);
  return { files, truncated };
}
