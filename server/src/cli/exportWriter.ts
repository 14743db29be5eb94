/**
 * Writes an export: for each seed its clean text at the same relative path inside the output
 * folder, plus `annotations.jsonl` (one line per document) and `annotations.jsonld` (W3C Web
 * Annotation). Shared by the `export` command and the editor's "Export Clean Corpus".
 * Per-file problems are logged and listed, never fatal; refusals of the output folder are thrown
 * (as {@link ExportRefusal}) before anything is written.
 */
import { closeSync, lstatSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createAnalyzer, type EngineSettings } from '../engine/index.js';
import { ANNOTATION_CONTEXT, annotationLine, cleanDocument, webAnnotations } from '../engine/export/index.js';
import { scanTags } from '../engine/tags/parse.js';
import { describeFsError } from './fsErrors.js';
import { cleanPaths, RESERVED_NAMES } from './exportLayout.js';
import { checkExportTarget, ExportRefusal, isSameOrInside, prepareOutputFolder, realPathOf } from './exportTarget.js';
import { internalError, loadSeeds, parseLoaded, type CheckLog, type LoadedSeed } from './loadSeeds.js';
import type { WorkspaceScope } from '../settings/scope.js';

export { ExportRefusal, type RefusalReason } from './exportTarget.js';

/** What to export and where. */
export interface ExportRequest {
  /** Seed files and folders, discovered as `check` does (a file named here is taken whatever its name). */
  readonly paths: readonly string[];
  /** The output folder; created when missing. */
  readonly out: string;
  /** Folders the output folder must stay out of. */
  readonly sourceFolders: readonly string[];
  /** The folder the layout is relative to, when every source lies inside it. */
  readonly base?: string;
  /** Write into a non-empty output folder, replacing files of the same name. */
  readonly force: boolean;
  readonly settings?: EngineSettings;
  /** Which files of a folder are exported and the outlet map (`--config`'s `corpus.*` and `outlets`). */
  readonly scope?: WorkspaceScope;
  /** The `path` a document gets in `annotations.jsonl`; the path as given by default. */
  readonly label?: (path: string) => string;
}

/** What an export wrote. */
export interface ExportSummary {
  /** The output folder, absolute. */
  readonly out: string;
  /** Clean files written, relative to `out` with `/` separators. */
  readonly written: readonly string[];
  /** Sources that could not be exported, and why. */
  readonly failed: readonly { readonly path: string; readonly error: string }[];
  readonly tags: number;
  readonly findings: number;
  readonly removedTags: number;
  readonly removedFindings: number;
}

/** Exports the seeds of `request`. Throws {@link ExportRefusal} when the output folder may not be used. */
export function exportSeeds(request: ExportRequest, log: CheckLog): ExportSummary {
  const steps = exportSteps(request, log);
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done === true) {
      return step.value;
    }
  }
}

/**
 * {@link exportSeeds}, yielding to the event loop after each document, so a server stays
 * responsive; `progress` hears how many of how many documents are done.
 */
export async function exportSeedsYielding(
  request: ExportRequest,
  log: CheckLog,
  progress: (done: number, total: number) => void = () => undefined,
): Promise<ExportSummary> {
  const steps = exportSteps(request, log);
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done === true) {
      return step.value;
    }
    progress(step.value.done, step.value.total);
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}

/** The export, one step per document: refusals are thrown by the first step. */
function* exportSteps(request: ExportRequest, log: CheckLog): Generator<{ done: number; total: number }, ExportSummary, void> {
  checkExportTarget(request.out, request.sourceFolders, request.paths);
  prepareOutputFolder(request.out, request.force);
  const out = resolve(request.out);
  const realOut = realPathOf(out);
  const analyzer = createAnalyzer(request.settings !== undefined ? { settings: request.settings } : {});
  const { entries, corpus } = loadSeeds(request.paths, log, request.scope);
  const loaded = entries.filter((e) => !('error' in e));
  const layout = cleanPaths(
    loaded.map((l) => l.path),
    request.base,
  );
  const rels = new Map(loaded.map((e, i) => [e, layout[i]!] as const));
  const sourceFiles = new Set(loaded.map((e) => realPathOf(e.path)));

  const label = request.label ?? ((path: string) => path);
  const written: string[] = [];
  const failed: { path: string; error: string }[] = [];
  const counts = { tags: 0, findings: 0, removedTags: 0, removedFindings: 0 };
  const jsonl = openOwnFile(join(out, 'annotations.jsonl'));
  const jsonld = openOwnFile(join(out, 'annotations.jsonld'));
  let annotations = 0;
  try {
    writeSync(jsonld, `{"@context":${JSON.stringify(ANNOTATION_CONTEXT)},"id":"annotations.jsonld","type":"AnnotationCollection","label":"Source Review export","first":{"id":"#page1","type":"AnnotationPage","startIndex":0,"items":[\n`);
    const exportOne = (entry: LoadedSeed, docIndex: number): void => {
      const fail = (error: string) => {
        log.error(entry.path, error);
        failed.push({ path: entry.path, error });
        writeSync(jsonl, `${JSON.stringify({ path: label(entry.path), error })}\n`);
      };
      if ('error' in entry) {
        fail(entry.error);
        return;
      }
      if (entry.note !== undefined) {
        log.note(entry.path, entry.note);
      }
      const cleanPath = rels.get(entry)!;
      if (RESERVED_NAMES.has(cleanPath)) {
        fail(`Its clean file would be ${cleanPath}, a name the export uses itself; rename the source.`);
        return;
      }
      const parsed = parseLoaded(entry);
      if ('error' in parsed) {
        fail(parsed.error);
        return;
      }
      const { doc } = parsed;
      let clean;
      try {
        clean = cleanDocument(doc, analyzer.analyze(doc, corpus), scanTags(doc.text));
      } catch (error) {
        fail(internalError('exporting', error));
        return;
      }
      const problem = writeClean(join(out, ...cleanPath.split('/')), clean.text, realOut, sourceFiles);
      if (problem !== undefined) {
        fail(problem);
        return;
      }
      written.push(cleanPath);
      const info = { path: label(entry.path), outlet: doc.outlet, language: doc.language, cleanPath, ...(entry.note !== undefined ? { encodingNote: entry.note } : {}) };
      writeSync(jsonl, `${JSON.stringify(annotationLine(info, clean))}\n`);
      for (const annotation of webAnnotations(cleanPath, docIndex, clean)) {
        writeSync(jsonld, `${annotations > 0 ? ',\n' : ''}${JSON.stringify(annotation)}`);
        annotations++;
      }
      counts.tags += clean.tags.length;
      counts.findings += clean.findings.length;
      counts.removedTags += clean.removed.tags.length;
      counts.removedFindings += clean.removed.findings.length;
    };
    for (const [docIndex, entry] of entries.entries()) {
      exportOne(entry, docIndex);
      yield { done: docIndex + 1, total: entries.length };
    }
    writeSync(jsonld, `\n]},"total":${annotations}}\n`);
  } finally {
    closeSync(jsonl);
    closeSync(jsonld);
  }
  return { out, written, failed, ...counts };
}

/** Writes one clean file, never through a symbolic link, outside `realOut`, or over a source; or says why not. */
function writeClean(target: string, text: string, realOut: string, sourceFiles: ReadonlySet<string>): string | undefined {
  try {
    mkdirSync(dirname(target), { recursive: true });
    if (!isSameOrInside(realPathOf(dirname(target)), realOut)) {
      return `Not written: ${target} would lie outside the output folder (a symbolic link inside it).`;
    }
    const existing = lstatOrUndefined(target);
    if (existing?.isSymbolicLink() === true || sourceFiles.has(realPathOf(target))) {
      return `Not written: ${target} is a symbolic link or a source file.`;
    }
    writeFileSync(target, text);
    return undefined;
  } catch (error) {
    return `Cannot write ${target}: ${describeFsError(error)}`;
  }
}

function lstatOrUndefined(path: string) {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

/** Opens one of the export's own files for writing, never through a symbolic link. */
function openOwnFile(path: string): number {
  if (lstatOrUndefined(path)?.isSymbolicLink() === true) {
    throw new ExportRefusal(`${path} is a symbolic link; the export will not write through it.`, 'cannot-write');
  }
  try {
    return openSync(path, 'w');
  } catch (error) {
    throw new ExportRefusal(`Cannot write ${path}: ${describeFsError(error)}`, 'cannot-write');
  }
}
