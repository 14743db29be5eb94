/**
 * `check`: discover, read and parse every seed once, index them all as one corpus, then
 * analyse each document against it. Problems with single files become report entries and
 * stderr messages; they never stop the run.
 */
import { createAnalyzer, type AnalyzerOptions, type Finding } from '../engine/index.js';
import { internalError, loadSeeds, type CheckLog } from './loadSeeds.js';
import type { CheckReport, FileReport } from './report.js';
import { reportSources, type ReportedSource } from './sources.js';

export type { CheckLog } from './loadSeeds.js';

/** Options of {@link checkSeeds}: the analyzer's, and what to report besides findings. */
export interface CheckOptions extends AnalyzerOptions {
  /** Also report each file's sources ("who said what"); only the JSON format shows them. */
  readonly sources?: boolean;
}

/** Checks the seeds under `paths`; `options` go to the analyzer (settings; a rule registry in tests). */
export function checkSeeds(paths: readonly string[], options: CheckOptions, log: CheckLog): CheckReport {
  const analyzer = createAnalyzer(options);
  const { entries, corpus } = loadSeeds(paths, log);

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
    let sources: ReportedSource[] | undefined;
    try {
      findings = analyzer.analyze(doc, corpus);
      sources = options.sources === true ? reportSources(doc, findings) : undefined;
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
      ...(sources !== undefined ? { sources } : {}),
      ...(entry.note !== undefined ? { encodingNote: entry.note } : {}),
    };
  });
  return { files, rules: analyzer.rules };
}
