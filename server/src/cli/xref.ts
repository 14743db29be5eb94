/**
 * `xref`: every seed under the paths given is parsed once and analysed once (boilerplate and comments only); its body
 * sentences (not boilerplate, not reader comments) go into an event index, and the events
 * reported by two or more documents come out in the contract's `xref` shape.
 */
import { createAnalyzer, type AnalyzerOptions, type LineMap } from '../engine/index.js';
import { analyzeChrome, bodySentences, EventIndex, xrefReport, type XrefReport } from '../engine/events/index.js';
import { internalError, loadSeeds, type CheckLog } from './loadSeeds.js';

/** What `xref` found, and whether some file could not be used. */
export interface XrefRun {
  readonly report: XrefReport;
  /** Files that could not be read, decoded, parsed or analysed (already logged). */
  readonly failed: number;
}

/** Links the events reported across the seeds under `paths`. */
export function xrefSeeds(paths: readonly string[], options: AnalyzerOptions, log: CheckLog): XrefRun {
  const analyzer = createAnalyzer(options);
  const { entries, corpus } = loadSeeds(paths, log);
  const events = new EventIndex();
  const byUri = new Map<string, { path: string; lineMap: LineMap }>();
  let failed = 0;
  for (const entry of entries) {
    if ('error' in entry) {
      log.error(entry.path, entry.error);
      failed++;
      continue;
    }
    if (entry.note !== undefined) {
      log.note(entry.path, entry.note);
    }
    const { doc } = entry;
    try {
      events.set(doc, bodySentences(doc, analyzeChrome(analyzer, doc, corpus)));
    } catch (error) {
      log.error(entry.path, internalError('cross-referencing', error));
      failed++;
      continue;
    }
    byUri.set(doc.uri, { path: entry.path, lineMap: doc.lineMap });
  }
  return { report: xrefReport(events.events(), (uri) => byUri.get(uri)), failed };
}
