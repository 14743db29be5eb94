/**
 * `npm run bench -- --profile`: runs the built CLI's `check` and `xref` over a generated
 * corpus under `node --cpu-prof` and lists the functions with the most self time, mapped back
 * to the TypeScript sources through the bundle's source map.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CLI } from './cli.js';
import { generateCorpus, writeCorpus } from './corpus.js';

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number; readonly columnNumber: number };
}

interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

/** One function's share of the profile. */
export interface HotFunction {
  readonly name: string;
  readonly location: string;
  readonly selfMs: number;
  readonly share: number;
}

/** Profiles `command` over `documents` generated articles; returns every function's self time, hottest first. */
export function profileCli(command: string, documents: number, seed: number): HotFunction[] {
  const root = mkdtempSync(join(tmpdir(), 'source-review-profile-'));
  try {
    const [folder] = writeCorpus(root, generateCorpus(documents, seed), [documents]);
    const profiles = join(root, 'profiles');
    // One thread: --cpu-prof writes a profile per thread, and the per-file work is what matters.
    const run = spawnSync(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${profiles}`, CLI, command, '--format', 'json', '--jobs', '1', folder!], {
      stdio: ['ignore', 'ignore', 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
    });
    if (run.status !== 0 && run.status !== 1) {
      throw new Error(`${command} exited with ${run.status}: ${run.stderr.toString('utf8').slice(0, 500)}`);
    }
    const file = readdirSync(profiles).find((f) => f.endsWith('.cpuprofile'));
    if (!file) {
      throw new Error('node --cpu-prof wrote no profile');
    }
    return hottest(JSON.parse(readFileSync(join(profiles, file), 'utf8')) as CpuProfile);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** Self time per function (by name and source location), largest first. */
function hottest(profile: CpuProfile): HotFunction[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, { name: string; location: string; ms: number }>();
  let total = 0;
  const locate = locator();
  profile.samples.forEach((id, i) => {
    const frame = byId.get(id)?.callFrame;
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    total += ms;
    if (!frame) {
      return;
    }
    const location = locate(frame.url, frame.lineNumber, frame.columnNumber);
    const name = frame.functionName || '(anonymous)';
    const key = `${name}@${location}`;
    const entry = self.get(key) ?? { name, location, ms: 0 };
    entry.ms += ms;
    self.set(key, entry);
  });
  return [...self.values()]
    .sort((a, b) => b.ms - a.ms)
    .map((e) => ({ name: e.name, location: e.location, selfMs: e.ms, share: e.ms / total }));
}

/** Maps a bundle position to `source.ts:line` through the bundle's source map when there is one. */
function locator(): (url: string, line: number, column: number) => string {
  const maps = new Map<string, SourceMap | null>();
  const repo = join(__dirname, '..');
  return (url, line, column) => {
    if (!url.startsWith('file:')) {
      return url || '(native)';
    }
    const path = fileURLToPath(url);
    if (!maps.has(path)) {
      const mapFile = `${path}.map`;
      maps.set(path, existsSync(mapFile) ? new SourceMap(JSON.parse(readFileSync(mapFile, 'utf8'))) : null);
    }
    const entry = maps.get(path)?.findEntry(line, column);
    if (entry && 'originalSource' in entry && entry.originalSource) {
      const source = entry.originalSource.startsWith('file:') ? fileURLToPath(entry.originalSource) : join(path, '..', entry.originalSource);
      return `${relative(repo, source)}:${entry.originalLine + 1}`;
    }
    return `${relative(repo, path)}:${line + 1}`;
  };
}

/** The hottest functions as a Markdown table, then their self time summed per source folder. */
export function renderProfile(title: string, functions: readonly HotFunction[], top: number): string {
  const rows = functions.slice(0, top).map((f) => `| ${(100 * f.share).toFixed(1)}% | ${f.selfMs.toFixed(0)} | \`${shorten(f.name)}\` | ${f.location} |`);
  const byFolder = new Map<string, number>();
  for (const f of functions) {
    const folder = f.location.startsWith('server/') ? f.location.replace(/\/[^/]*$/u, '') : f.location.startsWith('node_modules/') ? 'node_modules' : '(node and native)';
    byFolder.set(folder, (byFolder.get(folder) ?? 0) + f.share);
  }
  const folders = [...byFolder].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([folder, share]) => `${folder} ${(100 * share).toFixed(0)}%`);
  return [`#### ${title}`, '', '| self % | self ms | function | source |', '| --- | --- | --- | --- |', ...rows, '', `Self time by folder: ${folders.join(', ')}.`, ''].join('\n');
}

/** Long names (a regular expression's source) cut to a readable length. */
function shorten(name: string): string {
  return (name.length > 60 ? `${name.slice(0, 57)}…` : name).replace(/\|/gu, '\\|').replace(/`/gu, "'");
}
