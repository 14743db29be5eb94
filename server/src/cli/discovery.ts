/**
 * Which files `check` reads, per the contract: a file named on the command line is taken
 * whatever its name; a folder is searched recursively for seed file names, skipping hidden
 * folders and `node_modules`. Order is deterministic (arguments in order, folder entries
 * sorted by code unit), symbolic links are followed, and a folder reached twice (a link
 * loop, or two arguments that overlap) is walked once.
 */
import { lstatSync, readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { sep } from 'node:path';
import { isSeedFileName, isSkippedFolder } from '../engine/index.js';
import { describeFsError } from './fsErrors.js';

/** A file to check, or a path that could not be used and why. */
export interface DiscoveredSeed {
  /** As given on the command line, joined with the found file's path inside a given folder. */
  readonly path: string;
  /** Set when the file or folder cannot be used; the message says why. */
  readonly error?: string;
}

/**
 * Finds the seeds under `paths`; problems come back as entries with `error`, never as throws.
 * `onEmptyFolder` hears of each folder argument that held no seed file at all; `accepts`
 * (the `corpus.include`/`corpus.exclude` settings) decides on each seed found inside a
 * folder (a file named on the command line is always taken).
 */
export function discoverSeeds(
  paths: readonly string[],
  onEmptyFolder: (folder: string) => void = () => {},
  accepts: (path: string) => boolean = () => true,
): DiscoveredSeed[] {
  const found: DiscoveredSeed[] = [];
  const seenFiles = new Set<string>();
  const seenFolders = new Set<string>();

  const addFile = (path: string): void => {
    const key = realPathOrSelf(path);
    if (!seenFiles.has(key)) {
      seenFiles.add(key);
      found.push({ path });
    }
  };

  const walk = (folder: string): void => {
    let real: string;
    let entries: Dirent[];
    try {
      real = realpathSync(folder);
      if (seenFolders.has(real)) {
        return;
      }
      seenFolders.add(real);
      entries = readdirSync(folder, { withFileTypes: true });
    } catch (error) {
      found.push({ path: folder, error: `Cannot read folder: ${describeFsError(error)}` });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const path = joinShown(folder, entry.name);
      if (entry.isDirectory()) {
        if (!isSkippedFolder(entry.name)) {
          walk(path);
        }
      } else if (entry.isSymbolicLink()) {
        followLink(path, entry.name);
      } else if (isSeedFileName(entry.name) && accepts(path)) {
        // Regular files, and also pipes or sockets with a seed's name: reading reports those.
        addFile(path);
      }
    }
  };

  const followLink = (path: string, name: string): void => {
    try {
      const target = statSync(path);
      if (target.isDirectory()) {
        if (!isSkippedFolder(name)) {
          walk(path);
        }
      } else if (isSeedFileName(name) && accepts(path)) {
        addFile(path);
      }
    } catch (error) {
      if (isSeedFileName(name)) {
        found.push({ path, error: brokenLinkMessage(error) });
      }
    }
  };

  for (const path of paths) {
    let isFolder: boolean;
    try {
      isFolder = statSync(path).isDirectory();
    } catch (error) {
      found.push({ path, error: isDanglingLink(path) ? brokenLinkMessage(error) : describeFsError(error) });
      continue;
    }
    if (isFolder) {
      const before = found.length;
      const foldersBefore = seenFolders.size;
      walk(path);
      // A folder already walked for an earlier argument is not empty, only repeated.
      if (found.length === before && seenFolders.size > foldersBefore) {
        onEmptyFolder(path);
      }
    } else {
      addFile(path);
    }
  }
  return found;
}

/** `folder` exactly as the user wrote it, then the entry: relative stays relative, `./` stays. */
function joinShown(folder: string, name: string): string {
  return folder.endsWith(sep) || folder.endsWith('/') ? folder + name : folder + sep + name;
}

function realPathOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

function isDanglingLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

function brokenLinkMessage(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? (error as { code: unknown }).code : '';
  return code === 'ENOENT' ? 'Broken symbolic link (its target does not exist).' : describeFsError(error);
}
