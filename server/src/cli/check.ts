/**
 * `check`: discover, read and parse every seed once, index them all as one corpus, then
 * analyse each document against it. Problems with single files become report entries and
 * stderr messages; they never stop the run.
 */
import { CorpusIndex, createAnalyzer, parseSeed, type EngineSettings, type SeedDocument } from '../engine/index.js';
import { discoverSeeds } from './discovery.js';
import { readSeed } from './readSeed.js';
import type { CheckReport, FileReport } from './report.js';

/** Where `check` reports what happens to single files, as it happens. */
export interface CheckLog {
  /** A file could not be used: the message names it and says why. */
  error(path: string, message: string): void;
  /** A file was used, with a remark (e.g. decoded from a legacy encoding). */
  note(path: string, message: string): void;
}

/** Checks the seeds under `paths` with `settings`. */
export function checkSeeds(paths: readonly string[], settings: EngineSettings | undefined, log: CheckLog): CheckReport {
  const analyzer = createAnalyzer(settings ? { settings } : {});
  const corpus = new CorpusIndex();
  const entries: Array<{ path: string; error: string } | { path: string; doc: SeedDocument; note?: string }> = [];

  const empty = (folder: string) => log.note(folder, 'No seed files (*.txt, *.md, *.seed) in this folder.');
  for (const seed of discoverSeeds(paths, empty)) {
    if (seed.error !== undefined) {
      entries.push({ path: seed.path, error: seed.error });
      continue;
    }
    const read = readSeed(seed.path);
    if (!read.ok) {
      entries.push({ path: seed.path, error: read.error });
      continue;
    }
    const doc = parseSeed(seed.path, read.text);
    corpus.set(doc);
    entries.push({ path: seed.path, doc, ...(read.note !== undefined ? { note: read.note } : {}) });
  }

  const files: FileReport[] = entries.map((entry) => {
    if ('error' in entry) {
      log.error(entry.path, entry.error);
      return { path: entry.path, error: entry.error };
    }
    const { doc } = entry;
    if (entry.note !== undefined) {
      log.note(entry.path, entry.note);
    }
    return {
      path: entry.path,
      language: doc.language,
      outlet: doc.outlet,
      diagnostics: analyzer.analyze(doc, corpus).map((f) => ({
        rule: f.rule,
        category: f.category,
        severity: f.severity,
        message: f.message,
        range: { start: doc.lineMap.positionAt(f.start), end: doc.lineMap.positionAt(f.end) },
      })),
      ...(entry.note !== undefined ? { encodingNote: entry.note } : {}),
    };
  });
  return { files, rules: analyzer.rules };
}
