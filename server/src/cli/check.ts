/**
 * `check`: discover and read every seed, index the lines of all of them as one corpus, then
 * parse and analyse each document against it, one at a time. Problems with single files
 * become report entries and stderr messages; they never stop the run.
 */
import { createAnalyzer, type Analyzer, type AnalyzerOptions, type CorpusView, type Finding, type RuleInfo, type Severity } from '../engine/index.js';
import type { FailOn } from './args.js';
import { ExitStatus, failsOn, type ExitStatusCode } from './exitStatus.js';
import { internalError, loadSeeds, parseLoaded, type CheckLog, type LoadedSeed } from './loadSeeds.js';
import { logged, replay, type Logged } from '../parallel/logged.js';
import { inWorkersOrHere, type Jobs } from '../parallel/jobs.js';
import type { WorkspaceScope } from '../settings/scope.js';
import { jsonFileEntry, jsonReportWriter } from './reporters/json.js';
import { isFailed, type CheckReport, type FileReport } from './report.js';
import { reportSources, type ReportedSource } from './sources.js';

export type { CheckLog } from './loadSeeds.js';

/** Options of {@link checkSeeds}: the analyzer's, and what to report besides findings. */
export interface CheckOptions extends AnalyzerOptions {
  /** Also report each file's sources ("who said what"); only the JSON format shows them. */
  readonly sources?: boolean;
  /** Which files of a folder are checked and the outlet map (`--config`'s `corpus.*` and `outlets`). */
  readonly scope?: WorkspaceScope;
  /** Worker threads: a number, or `auto` (the default: one per core for large corpora). */
  readonly jobs?: Jobs;
}

/** Checks the seeds under `paths`; `options` go to the analyzer (settings; a rule registry in tests). */
export async function checkSeeds(paths: readonly string[], options: CheckOptions, log: CheckLog): Promise<CheckReport> {
  const files: FileReport[] = [];
  const rules = await checkEachSeed(paths, options, log, (file) => files.push(file));
  return { files, rules };
}

/**
 * Checks the seeds under `paths` and hands each file's report to `report` as soon as it is
 * done, in discovery order; nothing is kept, so memory does not grow with the reports.
 * Large corpora are checked on worker threads (`options.jobs`); the output is the same.
 * Returns the rule registry.
 */
export async function checkEachSeed(paths: readonly string[], options: CheckOptions, log: CheckLog, report: (file: FileReport) => void): Promise<readonly RuleInfo[]> {
  return checkEach(paths, options, log, undefined, checkLogged, report);
}

/**
 * {@link checkEachSeed} for the JSON format: each file's entry is rendered where the file was
 * checked, so a worker thread sends one string instead of every finding as an object, and the
 * main thread, which writes the whole report, does not stringify it.
 */
async function checkEachRendered(paths: readonly string[], options: CheckOptions, log: CheckLog, report: (file: RenderedFile) => void): Promise<void> {
  await checkEach(paths, options, log, 'json', checkRendered, report);
}

async function checkEach<R>(
  paths: readonly string[],
  options: CheckOptions,
  log: CheckLog,
  render: 'json' | undefined,
  checkHere: (entry: LoadedSeed, analyzer: Analyzer, corpus: CorpusView, options: CheckOptions) => Logged<R>,
  report: (result: R) => void,
): Promise<readonly RuleInfo[]> {
  const analyzer = createAnalyzer(options);
  const { entries, corpus } = loadSeeds(paths, log, options.scope);
  await inWorkersOrHere<LoadedSeed, Logged<R>>({
    jobs: options.rules === undefined ? (options.jobs ?? 'auto') : 1, // a test's own rules cannot travel to a worker
    init: {
      job: 'check',
      corpusKeys: corpus.exportKeys(),
      ...(options.settings ? { settings: options.settings } : {}),
      ...(options.sources ? { sources: true } : {}),
      ...(render ? { render } : {}),
    },
    tasks: entries,
    here: (entry) => checkHere(entry, analyzer, corpus, options),
    deliver: (result) => report(replay(result, log)),
    log,
  });
  return analyzer.rules;
}

/**
 * `check --format json`, streamed: each file's entry is written as soon as it is checked.
 * The output is the same, byte for byte, as rendering the whole report at the end.
 */
export async function checkSeedsToJson(
  paths: readonly string[],
  options: CheckOptions,
  log: CheckLog,
  write: (chunk: string) => void,
  failOn: FailOn,
): Promise<ExitStatusCode> {
  const writer = jsonReportWriter(write);
  let status: ExitStatusCode = ExitStatus.Clean;
  await checkEachRendered(paths, options, log, (file) => {
    writer.entry(file.json);
    if (file.failed) {
      status = ExitStatus.Error;
    } else if (status === ExitStatus.Clean && file.severities.some((severity) => failsOn(severity, failOn))) {
      status = ExitStatus.Findings;
    }
  });
  writer.end();
  return status;
}

/** A file's entry of `check --format json`, with what the exit status needs. */
export interface RenderedFile {
  readonly json: string;
  /** The file could not be read, decoded or checked. */
  readonly failed: boolean;
  /** The severities of its findings, each once. */
  readonly severities: readonly Severity[];
}

/** {@link checkLogged}, with the file's report rendered as its `check --format json` entry. */
export function checkRendered(entry: LoadedSeed, analyzer: Analyzer, corpus: CorpusView, options: CheckOptions): Logged<RenderedFile> {
  const { result: file, log } = checkLogged(entry, analyzer, corpus, options);
  const failed = isFailed(file);
  return { result: { json: jsonFileEntry(file), failed, severities: failed ? [] : [...new Set(file.diagnostics.map((d) => d.severity))] }, log };
}

/** Checks one file, keeping what it logs with the result (so a worker's log is replayed in order). */
export function checkLogged(entry: LoadedSeed, analyzer: Analyzer, corpus: CorpusView, options: CheckOptions): Logged<FileReport> {
  return logged((log) => checkOne(entry, analyzer, corpus, options, log));
}

function checkOne(
  entry: LoadedSeed,
  analyzer: Analyzer,
  corpus: CorpusView,
  options: CheckOptions,
  log: CheckLog,
): FileReport {
  if ('error' in entry) {
    log.error(entry.path, entry.error);
    return { path: entry.path, error: entry.error };
  }
  const parsed = parseLoaded(entry);
  if ('error' in parsed) {
    log.error(entry.path, parsed.error);
    return { path: entry.path, error: parsed.error };
  }
  const { doc } = parsed;
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
}
