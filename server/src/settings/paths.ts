/** The paths a settings glob is matched against. */
import { isAbsolute, relative, sep } from 'node:path';

/**
 * `path` as globs see it: relative to each root it lies in (workspace folders, or the folder
 * given on the command line), then absolute; forward slashes throughout.
 */
export function globPaths(path: string, roots: readonly string[]): string[] {
  const out: string[] = [];
  for (const root of roots) {
    const rel = relative(root, path);
    if (rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel)) {
      out.push(slashed(rel));
    }
  }
  out.push(slashed(path));
  return out;
}

function slashed(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}
