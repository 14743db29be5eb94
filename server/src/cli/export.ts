/**
 * `source-review export --out DIR PATH…`: the clean corpus and its annotations (see
 * {@link exportSeeds}). Exit status 0 when every file was exported, 2 on a usage error, a bad
 * config, a refused output folder (nothing written), or a file that could not be exported
 * (the others still are). Findings never fail an export.
 */
import { createAnalyzer, type EngineSettings } from '../engine/index.js';
import type { ExportCommand } from './args.js';
import { ConfigError, loadConfig } from './config.js';
import type { WorkspaceScope } from '../settings/scope.js';
import { ExitStatus, type ExitStatusCode } from './exitStatus.js';
import { sourceFoldersOf } from './exportTarget.js';
import { ExportRefusal, exportSeeds, type ExportSummary } from './exportWriter.js';

/** Where the command writes its messages. */
export interface ExportOutput {
  /** Problems and notes (stderr). */
  warn(message: string): void;
  /** The summary (stdout). */
  print(text: string): void;
}

/** Runs `export`; never throws for refusals or bad files. */
export function runExport(command: ExportCommand, output: ExportOutput, cwd: string): ExitStatusCode {
  let settings: EngineSettings | undefined;
  let scope: WorkspaceScope | undefined;
  if (command.config !== undefined) {
    try {
      const config = loadConfig(command.config, createAnalyzer().rules);
      config.warnings.forEach((w) => output.warn(`warning: ${w}`));
      settings = config.settings;
      scope = config.scope;
    } catch (error) {
      if (error instanceof ConfigError) {
        output.warn(error.message);
        return ExitStatus.Error;
      }
      throw error;
    }
  }
  let summary: ExportSummary;
  try {
    summary = exportSeeds(
      {
        paths: command.paths,
        out: command.out,
        sourceFolders: sourceFoldersOf(command.paths),
        base: cwd,
        force: command.force,
        ...(settings !== undefined ? { settings } : {}),
        ...(scope !== undefined ? { scope } : {}),
      },
      {
        error: (path, message) => output.warn(`${path}: ${message}`),
        note: (path, message) => output.warn(`note: ${path}: ${message}`),
      },
    );
  } catch (error) {
    if (error instanceof ExportRefusal) {
      output.warn(error.message);
      return ExitStatus.Error;
    }
    throw error;
  }
  output.print(describeSummary(summary));
  return summary.failed.length > 0 ? ExitStatus.Error : ExitStatus.Clean;
}

/** The summary line(s) printed after an export. */
export function describeSummary(s: ExportSummary): string {
  const docs = `${s.written.length} document${s.written.length === 1 ? '' : 's'}`;
  const failed = s.failed.length > 0 ? `; ${s.failed.length} could not be exported (see above)` : '';
  return (
    `Exported ${docs} to ${s.out}${failed}.\n` +
    `Kept ${s.tags} tags and ${s.findings} findings in the clean text; removed ${s.removedFindings} findings and ${s.removedTags} tags with the text they covered.\n` +
    `Annotations: ${s.out}/annotations.jsonl, ${s.out}/annotations.jsonld\n`
  );
}
