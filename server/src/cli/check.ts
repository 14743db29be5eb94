/**
 * `check`: discover, read and parse every seed once, index them all as one corpus, then
 * analyse each document against it. Problems with single files become report entries and
 * stderr messages; they never stop the run.
 */
import { CorpusIndex, createAnalyzer, parseSeed, type AnalyzerOptions, type Finding, type SeedDocument } from '../engine/index.js';
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

/** Checks the seeds under `paths`; `options` go to the analyzer (settings; a rule registry in tests). */
export function checkSeeds(paths: readonly string[], options: AnalyzerOptions, log: CheckLog): CheckReport {
  const analyzer = createAnalyzer(options);
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
    let doc: SeedDocument;
    try {
      doc = parseSeed(seed.path, read.text);
    } catch (error) {
      entries.push({ path: seed.path, error: internalError('parsing', error) });
      continue;
    }
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
    let findings: Finding[];
    try {
      findings = analyzer.analyze(doc, corpus);
    } catch (error) {
      const message = internalError('checking', error);
      log.error(entry.path, message);
      return { path: entry.path, error: message };
    }
    return {
      path: entry.path,
      language: doc.language,
      outlet: doc.outlet,
      diagnostics: findings.map((f) => ({
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

/** A bug of ours met on one file: reported for that file, so that the others are still checked. */
function internalError(stage: string, error: unknown): string {
  const detail = error instanceof Error ? error.message : String(error);
  return `Internal error while ${stage} this file (please report it): ${detail}`;
}
