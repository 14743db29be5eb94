/**
 * `xref`: every seed under the paths given is parsed once and analysed once (boilerplate and comments only); its body
 * sentences (not boilerplate, not reader comments) go into an event index, and the events
 * reported by two or more documents come out in the contract's `xref` shape.
 */
import { createAnalyzer, lineIndexAt, type AnalyzerOptions, type LineMap, type Position } from '../engine/index.js';
import { analyzeChrome, bodySentences, EventIndex, xrefReport, type OffsetPositions, type XrefReport } from '../engine/events/index.js';
import { internalError, loadSeeds, parseLoaded, type CheckLog } from './loadSeeds.js';
import type { WorkspaceScope } from '../settings/scope.js';

/** What `xref` found, and whether some file could not be used. */
export interface XrefRun {
  readonly report: XrefReport;
  /** Files that could not be read, decoded, parsed or analysed (already logged). */
  readonly failed: number;
}

/** Links the events reported across the seeds under `paths`. */
export function xrefSeeds(paths: readonly string[], options: AnalyzerOptions & { readonly scope?: WorkspaceScope }, log: CheckLog): XrefRun {
  const analyzer = createAnalyzer(options);
  const { entries, corpus } = loadSeeds(paths, log, options.scope);
  const events = new EventIndex();
  const byUri = new Map<string, { path: string; lineMap: OffsetPositions }>();
  let failed = 0;
  for (const entry of entries) {
    if ('error' in entry) {
      log.error(entry.path, entry.error);
      failed++;
      continue;
    }
    const parsed = parseLoaded(entry);
    if ('error' in parsed) {
      log.error(entry.path, parsed.error);
      failed++;
      continue;
    }
    if (entry.note !== undefined) {
      log.note(entry.path, entry.note);
    }
    const { doc } = parsed;
    try {
      events.set(doc, bodySentences(doc, analyzeChrome(analyzer, doc, corpus)));
    } catch (error) {
      log.error(entry.path, internalError('cross-referencing', error));
      failed++;
      continue;
    }
    byUri.set(doc.uri, { path: entry.path, lineMap: new LinePositions(doc.lineMap) });
  }
  return { report: xrefReport(events.events(), (uri) => byUri.get(uri)), failed };
}

/**
 * A document's line starts and ends in two typed arrays: positions as {@link LineMap} gives
 * them, without keeping every line's text of every document until the report is built.
 */
class LinePositions implements OffsetPositions {
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  private readonly length: number;

  constructor(lineMap: LineMap) {
    this.starts = Int32Array.from(lineMap.lines, (l) => l.start);
    this.ends = Int32Array.from(lineMap.lines, (l) => l.end);
    this.length = lineMap.text.length;
  }

  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.length));
    const lo = lineIndexAt(this.starts, o);
    return { line: lo, character: Math.min(o, this.ends[lo]!) - this.starts[lo]! };
  }

}
