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
  /** User + system CPU seconds of the CLI process (GNU time; NaN without it): steadier than wall time on a shared machine. */
  readonly cpuSeconds: number;
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

/** A CLI run ended by the bench because it outlived its time budget. */
export class CliTimeout extends Error {}

/** Runs `command --format json folders…` once and measures it; ends it after `timeoutMs`. */
export async function measureCli(command: string, folders: readonly string[], documents: number, timeoutMs = Infinity): Promise<CliSample> {
  const start = process.hrtime.bigint();
  const { status, stdout, stderr, peakRssMB, cpuSeconds, timedOut } = await run([command, '--format', 'json', ...folders], timeoutMs);
  const wallSeconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (timedOut) {
    throw new CliTimeout(`${command} over ${documents} documents: ended by the bench after ${wallSeconds.toFixed(0)} s (time budget)`);
  }
  if (status !== 0 && status !== 1) {
    throw new Error(`${command} exited with ${status}: ${stderr.slice(0, 500)}`);
  }
  // Large outputs are only counted: parsing hundreds of MB would measure the bench, not the CLI.
  if (stdout.length < 100_000_000) {
    const report = JSON.parse(stdout) as { files?: unknown[] };
    if (command === 'check' && report.files?.length !== documents) {
      throw new Error(`check reported ${report.files?.length} files, expected ${documents}`);
    }
  }
  return {
    command,
    documents,
    wallSeconds,
    cpuSeconds,
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
function run(
  args: readonly string[],
  timeoutMs = Infinity,
): Promise<{ status: number | null; stdout: string; stderr: string; peakRssMB: number; cpuSeconds: number; timedOut: boolean }> {
  const withTime = existsSync(TIME);
  // Its own process group, so a timeout ends the CLI under GNU time too.
  const child = withTime
    ? spawn(TIME, ['-v', process.execPath, CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'], detached: true })
    : spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let timedOut = false;
  const timer = Number.isFinite(timeoutMs)
    ? setTimeout(() => {
        timedOut = true;
        process.kill(-child.pid!, 'SIGKILL');
      }, timeoutMs)
    : undefined;
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (status) => {
      clearTimeout(timer);
      const stderr = Buffer.concat(err).toString('utf8');
      const reported = /Maximum resident set size \(kbytes\): (\d+)/u.exec(stderr);
      // Without GNU time, maxRSS of this process's finished children is the best stand-in.
      const peakKB = reported ? Number(reported[1]) : process.resourceUsage().maxRSS;
      const user = /User time \(seconds\): ([\d.]+)/u.exec(stderr);
      const system = /System time \(seconds\): ([\d.]+)/u.exec(stderr);
      const cpuSeconds = user && system ? Number(user[1]) + Number(system[1]) : Number.NaN;
      resolve({ status: withTime ? exitStatusOf(stderr, status) : status, stdout: Buffer.concat(out).toString('utf8'), stderr, peakRssMB: peakKB / 1024, cpuSeconds, timedOut });
    });
  });
}

/** GNU time exits with the child's status; "Exit status: N" says it plainly. */
function exitStatusOf(stderr: string, fallback: number | null): number | null {
  const match = /Exit status: (\d+)/u.exec(stderr);
  return match ? Number(match[1]) : fallback;
}
