/**
 * Which file paths are seeds, per the outside contract. Pure string logic on
 * `/`-separated paths (callers convert Windows separators first).
 */

/** True when the editor should open this path as the `seed` language. */
export function isSeedPath(path: string): boolean {
  const p = path.replace(/\\/g, '/');
  const name = p.slice(p.lastIndexOf('/') + 1).toLowerCase();
  if (name.endsWith('.seed') || name.endsWith('.seed.txt') || name.endsWith('.seed.md')) {
    return true;
  }
  return (name.endsWith('.txt') || name.endsWith('.md')) && /(?:^|\/)seeds\//u.test(p);
}

/** True when a folder search (CLI) should pick up this file name. */
export function isSeedFileName(name: string): boolean {
  return /\.(?:txt|md|seed)$/iu.test(name);
}

/** True for folder names that searches skip: hidden folders and `node_modules`. */
export function isSkippedFolder(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}
