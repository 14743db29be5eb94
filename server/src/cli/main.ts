/**
 * The `source-review` command. Parses the command line, runs the command, and sets
 * `process.exitCode` (never `process.exit()`, which would cut off output still flowing
 * into a pipe).
 */
import packageJson from '../../../package.json';
import { parseArgs, UsageError, USAGE, type CheckCommand, type XrefCommand } from './args.js';
import { checkSeeds, checkSeedsToJson } from './check.js';
import { commandConfig } from './config.js';
import { checkExitStatus, ExitStatus, type ExitStatusCode } from './exitStatus.js';
import { renderSarif } from './reporters/sarif.js';
import { chooseStyle } from './reporters/style.js';
import { renderText } from './reporters/text.js';
import { renderXrefJson } from './reporters/xrefJson.js';
import { renderXrefText } from './reporters/xrefText.js';
import { xrefSeeds } from './xref.js';
import { runExport } from './export.js';
import { runLanguageServer } from './lsp.js';
import { createAnalyzer } from '../engine/index.js';

const PROGRAM = 'source-review';

function warn(message: string): void {
  process.stderr.write(`${PROGRAM}: ${message}\n`);
}

async function check(command: CheckCommand): Promise<ExitStatusCode> {
  const config = commandConfig(command.config, createAnalyzer().rules, warn);
  if (config === null) {
    return ExitStatus.Error;
  }
  const { settings, scope } = config;
  const log = {
    error: (path: string, message: string) => warn(`${path}: ${message}`),
    note: (path: string, message: string) => warn(`note: ${path}: ${message}`),
  };
  if (command.format === 'json') {
    // Streamed file by file: memory stays flat however many seeds there are.
    return checkSeedsToJson(command.paths, { ...(settings ? { settings } : {}), ...(scope ? { scope } : {}), jobs: command.jobs, sources: true }, log, (chunk) => process.stdout.write(chunk), command.failOn);
  }
  const report = await checkSeeds(command.paths, { ...(settings ? { settings } : {}), ...(scope ? { scope } : {}), jobs: command.jobs }, log);
  switch (command.format) {
    case 'sarif':
      process.stdout.write(
        renderSarif(report, {
          name: PROGRAM,
          version: packageJson.version,
          ...(homepage() !== undefined ? { informationUri: homepage() } : {}),
        }),
      );
      break;
    case 'text':
      process.stdout.write(renderText(report, chooseStyle(process.stdout.isTTY, process.env)));
      break;
  }
  return checkExitStatus(report, command.failOn);
}

/** `xref`: status 0 when it ran (events or none), 2 when a file could not be used. */
async function xref(command: XrefCommand): Promise<ExitStatusCode> {
  const config = commandConfig(command.config, createAnalyzer().rules, warn);
  if (config === null) {
    return ExitStatus.Error;
  }
  const run = await xrefSeeds(command.paths, { ...(config.settings ? { settings: config.settings } : {}), ...(config.scope ? { scope: config.scope } : {}), jobs: command.jobs }, {
    error: (path, message) => warn(`${path}: ${message}`),
    note: (path, message) => warn(`note: ${path}: ${message}`),
  });
  process.stdout.write(
    command.format === 'json' ? renderXrefJson(run.report) : renderXrefText(run.report, chooseStyle(process.stdout.isTTY, process.env)),
  );
  return run.failed > 0 ? ExitStatus.Error : ExitStatus.Clean;
}

/** The project's home page, when the manifest names one. */
function homepage(): string | undefined {
  const value = (packageJson as Record<string, unknown>)['homepage'];
  return typeof value === 'string' ? value : undefined;
}

async function main(argv: readonly string[]): Promise<ExitStatusCode | 'running'> {
  let command;
  try {
    command = parseArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      warn(error.message);
      process.stderr.write(`\n${USAGE}`);
      return ExitStatus.Error;
    }
    throw error;
  }
  switch (command.name) {
    case 'help':
      process.stdout.write(USAGE);
      return ExitStatus.Clean;
    case 'version':
      process.stdout.write(`${packageJson.version}\n`);
      return ExitStatus.Clean;
    case 'xref':
      return await xref(command);
    case 'export':
      return runExport(command, { warn, print: (text) => process.stdout.write(text) }, process.cwd());
    case 'lsp':
      runLanguageServer();
      return 'running';
    case 'check':
      return await check(command);
  }
}

// A reader that stops early (`| head`) closes the pipe: that is not an error of ours.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') {
    throw error;
  }
});

main(process.argv.slice(2)).then(
  (status) => {
    if (status !== 'running') {
      process.exitCode = status;
    }
  },
  (error: unknown) => {
    // Status 1 means "findings": a crash must not look like one.
    warn(`internal error (please report it): ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exitCode = ExitStatus.Error;
  },
);
