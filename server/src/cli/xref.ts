/**
 * `xref`: every seed under the paths given is parsed once and analysed once (boilerplate and comments only); its body
 * sentences (not boilerplate, not reader comments) go into an event index, and the events
 * reported by two or more documents come out in the contract's `xref` shape.
 */
import { createAnalyzer, lineIndexAt, type Analyzer, type AnalyzerOptions, type CorpusView, type LineMap, type Position } from '../engine/index.js';
import { analyzeChrome, bodySentences, documentSignature, EventIndex, xrefReport, type DocumentSignature, type OffsetPositions, type XrefReport } from '../engine/events/index.js';
import { internalError, loadSeeds, parseLoaded, type CheckLog, type LoadedSeed } from './loadSeeds.js';
import type { WorkspaceScope } from '../settings/scope.js';
import { logged, replay, type Logged } from '../parallel/logged.js';
import { inWorkersOrHere, type Jobs } from '../parallel/jobs.js';

/** What `xref` found, and whether some file could not be used. */
export interface XrefRun {
  readonly report: XrefReport;
  /** Files that could not be read, decoded, parsed or analysed (already logged). */
  readonly failed: number;
}

/** Options of {@link xrefSeeds}: the analyzer's, the `--config` scope and the worker threads. */
export interface XrefOptions extends AnalyzerOptions {
  readonly scope?: WorkspaceScope;
  readonly jobs?: Jobs;
}

/** One file's part of the event index: its body's signature and line positions, or nothing when it failed. */
export interface XrefFile {
  readonly path: string;
  readonly signature?: DocumentSignature;
  readonly lines?: LinePositions;
}

/** Links the events reported across the seeds under `paths`. */
export async function xrefSeeds(paths: readonly string[], options: XrefOptions, log: CheckLog): Promise<XrefRun> {
  const analyzer = createAnalyzer(options);
  const { entries, corpus } = loadSeeds(paths, log, options.scope);
  const events = new EventIndex();
  const byUri = new Map<string, { path: string; lineMap: OffsetPositions }>();
  let failed = 0;
  await inWorkersOrHere<LoadedSeed, Logged<XrefFile>>({
    jobs: options.rules === undefined ? (options.jobs ?? 'auto') : 1,
    init: { job: 'xref', corpusKeys: corpus.exportKeys(), ...(options.settings ? { settings: options.settings } : {}) },
    tasks: entries,
    here: (entry) => xrefLogged(entry, analyzer, corpus),
    deliver: (result) => {
      const file = replay(result, log);
      if (file.signature === undefined || file.lines === undefined) {
        failed++;
        return;
      }
      // Linking stays in this thread and in discovery order: the index is the same however many workers.
      events.setSignature(file.signature);
      byUri.set(file.signature.uri, { path: file.path, lineMap: LinePositions.from(file.lines) });
    },
    log,
  });
  return { report: xrefReport(events.events(), (uri) => byUri.get(uri)), failed };
}

/** Parses and analyses one file for `xref`, keeping what it logs with the result. */
export function xrefLogged(entry: LoadedSeed, analyzer: Analyzer, corpus: CorpusView): Logged<XrefFile> {
  return logged((log) => xrefFile(entry, analyzer, corpus, log));
}

function xrefFile(entry: LoadedSeed, analyzer: Analyzer, corpus: CorpusView, log: CheckLog): XrefFile {
  if ('error' in entry) {
    log.error(entry.path, entry.error);
    return { path: entry.path };
  }
  const parsed = parseLoaded(entry);
  if ('error' in parsed) {
    log.error(entry.path, parsed.error);
    return { path: entry.path };
  }
  if (entry.note !== undefined) {
    log.note(entry.path, entry.note);
  }
  const { doc } = parsed;
  try {
    const signature = documentSignature(doc, bodySentences(doc, analyzeChrome(analyzer, doc, corpus)));
    return { path: entry.path, signature, lines: new LinePositions(doc.lineMap) };
  } catch (error) {
    log.error(entry.path, internalError('cross-referencing', error));
    return { path: entry.path };
  }
}

/**
 * A document's line starts and ends in two typed arrays: positions as {@link LineMap} gives
 * them, without keeping every line's text of every document until the report is built.
 */
export class LinePositions implements OffsetPositions {
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  private readonly length: number;

  constructor(lineMap: LineMap) {
    this.starts = Int32Array.from(lineMap.lines, (l) => l.start);
    this.ends = Int32Array.from(lineMap.lines, (l) => l.end);
    this.length = lineMap.text.length;
  }

  /** The same positions again from a structured clone (a worker's message), which keeps the fields but not the class. */
  static from(clone: LinePositions): LinePositions {
    const copy: LinePositions = Object.create(LinePositions.prototype);
    Object.assign(copy, clone);
    return copy;
  }

  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.length));
    const lo = lineIndexAt(this.starts, o);
    return { line: lo, character: Math.min(o, this.ends[lo]!) - this.starts[lo]! };
  }

}
