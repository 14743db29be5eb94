/**
 * The CLI over growing corpora: wall time, peak RSS and documents per second of one
 * `source-review <command> --format json` process, its JSON output consumed and checked.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** One CLI run. */
export interface CliSample {
  readonly command: string;
  readonly documents: number;
  readonly wallSeconds: number;
  /** Peak resident set size of the CLI process, in MB. */
  readonly peakRssMB: number;
  readonly docsPerSecond: number;
  /** Milliseconds per document: flat when the work grows linearly. */
  readonly msPerDocument: number;
  readonly outputBytes: number;
}

/** The built CLI entry point. */
export const CLI = join(__dirname, '..', 'dist', 'cli.js');

const TIME = '/usr/bin/time';

/** Whether the built CLI knows `command` (exit status 2 with "not implemented" means it does not yet). */
export async function cliSupports(command: string, folder: string): Promise<boolean> {
  const { status, stderr } = await run([command, '--format', 'json', folder]);
  return status !== 2 || !/not implemented/iu.test(stderr);
}

/** Runs `command --format json folders…` once and measures it. */
export async function measureCli(command: string, folders: readonly string[], documents: number): Promise<CliSample> {
  const start = process.hrtime.bigint();
  const { status, stdout, stderr, peakRssMB } = await run([command, '--format', 'json', ...folders]);
  const wallSeconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (status !== 0 && status !== 1) {
    throw new Error(`${command} exited with ${status}: ${stderr.slice(0, 500)}`);
  }
  const report = JSON.parse(stdout) as { files?: unknown[] };
  if (command === 'check' && report.files?.length !== documents) {
    throw new Error(`check reported ${report.files?.length} files, expected ${documents}`);
  }
  return {
    command,
    documents,
    wallSeconds,
    peakRssMB,
    docsPerSecond: documents / wallSeconds,
    msPerDocument: (1000 * wallSeconds) / documents,
    outputBytes: Buffer.byteLength(stdout),
  };
}

/**
 * Spawns the CLI; its peak RSS comes from GNU time's "Maximum resident set size" when
 * `/usr/bin/time` exists, else from the kernel's accounting of finished children.
 */
function run(args: readonly string[]): Promise<{ status: number | null; stdout: string; stderr: string; peakRssMB: number }> {
  const withTime = existsSync(TIME);
  const child = withTime
    ? spawn(TIME, ['-v', process.execPath, CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
    : spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (status) => {
      const stderr = Buffer.concat(err).toString('utf8');
      const reported = /Maximum resident set size \(kbytes\): (\d+)/u.exec(stderr);
      // Without GNU time, maxRSS of this process's finished children is the best stand-in.
      const peakKB = reported ? Number(reported[1]) : process.resourceUsage().maxRSS;
      resolve({ status: withTime ? exitStatusOf(stderr, status) : status, stdout: Buffer.concat(out).toString('utf8'), stderr, peakRssMB: peakKB / 1024 });
    });
  });
}

/** GNU time exits with the child's status; "Exit status: N" says it plainly. */
function exitStatusOf(stderr: string, fallback: number | null): number | null {
  const match = /Exit status: (\d+)/u.exec(stderr);
  return match ? Number(match[1]) : fallback;
}
