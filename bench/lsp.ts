/**
 * The language server over stdio, driven by a real LSP client connection: time to index a
 * workspace, memory after indexing, hover latency, edit → diagnostics latency, and the
 * first diagnostics of a document opened while indexing still runs.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  ConfigurationRequest,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  HoverRequest,
  InitializeRequest,
  InitializedNotification,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShutdownRequest,
  WorkDoneProgressCreateRequest,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol';
import { StreamMessageReader, StreamMessageWriter, createProtocolConnection } from 'vscode-languageserver-protocol/node';
import { Random } from './random.js';

/** The built server. */
export const SERVER = join(__dirname, '..', 'dist', 'server.js');

/** How long no progress may run before indexing counts as over. */
const SETTLE_MS = 1000;

/** What to do against the server. */
export interface LspPlan {
  /** Workspace folder holding `seeds/`. */
  readonly workspace: string;
  /** Corpus files, for documents to open. */
  readonly files: readonly string[];
  readonly hovers: number;
  readonly edits: number;
  /** The server's edit debounce in ms, reported apart from the latency. */
  readonly debounceMs: number;
  /** Give up waiting for indexing after this many ms (then measure while it still runs). */
  readonly indexTimeoutMs: number;
  /** The hover and the edit phases each stop early after this many ms. */
  readonly phaseTimeoutMs: number;
}

/** One server session's measurements (times in ms, memory in MB). */
export interface LspSample {
  readonly documents: number;
  /** From `initialize` to the end of the first work-done progress (reading the corpus). */
  readonly corpusReadMs: number;
  /** From `initialize` to the end of the last work-done progress (every index, events included). */
  readonly indexMs: number;
  /** False when indexing was still running at the timeout; `indexMs` is then the timeout and hovers and edits ran during indexing. */
  readonly indexCompleted: boolean;
  /** Every progress the server reported, with its duration. */
  readonly progress: readonly { title: string; ms: number }[];
  readonly rssAfterIndexMB: number;
  /** User + system CPU seconds the server used until indexing completed (or the bench stopped waiting), from /proc. */
  readonly cpuAfterIndexSeconds: number;
  readonly peakRssAfterIndexMB: number;
  /** From `didOpen` (sent right after `initialized`) to the document's first diagnostics. */
  readonly firstDiagnosticsWhileIndexingMs: number;
  /** Whether those diagnostics came before the index was complete. */
  readonly firstDiagnosticsBeforeIndexEnd: boolean;
  /** Hovers and edits actually made (fewer than planned when a phase hit its time cap). */
  readonly hoversMade: number;
  readonly editsMade: number;
  readonly hoverP50: number;
  readonly hoverP99: number;
  /** Hovers that returned content (a finding under the cursor). */
  readonly hoversWithContent: number;
  /** `didChange` → `publishDiagnostics` for that version, debounce included. */
  readonly editP50: number;
  readonly editP99: number;
  readonly editDocumentBytes: number;
  readonly peakRssEndMB: number;
}

/** Runs one server session. */
export async function measureLsp(plan: LspPlan, random: Random): Promise<LspSample> {
  const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  // BENCH_SERVER_STDERR=FILE keeps the server's stderr (its crash reports, debugging output) in FILE.
  if (process.env['BENCH_SERVER_STDERR']) {
    child.stderr.pipe(createWriteStream(process.env['BENCH_SERVER_STDERR']));
  } else {
    child.stderr.resume();
  }
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const diagnosticWaiters = new Set<(p: PublishDiagnosticsParams) => boolean>();
  const progressStarts = new Map<string | number, { title: string; at: number }>();
  const progress: { title: string; ms: number; endedAt: number }[] = [];
  let resolveRead: (at: number) => void = () => undefined;
  const read = new Promise<number>((resolve) => (resolveRead = resolve));
  let lastEnd = 0;
  connection.onRequest(ConfigurationRequest.type, (params) => params.items.map(() => null));
  connection.onRequest(WorkDoneProgressCreateRequest.type, () => undefined);
  connection.onRequest(RegistrationRequest.type, () => undefined);
  connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
    for (const waiter of diagnosticWaiters) {
      if (waiter(params)) {
        diagnosticWaiters.delete(waiter);
      }
    }
  });
  connection.onNotification('$/progress', (params: { token: string | number; value: { kind: string; title?: string } }) => {
    const at = now();
    if (params.value.kind === 'begin') {
      progressStarts.set(params.token, { title: params.value.title ?? '', at });
    } else if (params.value.kind === 'end') {
      const begun = progressStarts.get(params.token);
      progressStarts.delete(params.token);
      progress.push({ title: begun?.title ?? String(params.token), ms: at - (begun?.at ?? at), endedAt: at });
      lastEnd = at;
      if (progress.length === 1) {
        resolveRead(at);
      }
    }
  });
  connection.listen();

  const diagnosticsFor = (uri: string, version?: number): Promise<number> =>
    new Promise((resolve) => {
      diagnosticWaiters.add((p) => {
        if (p.uri === uri && (version === undefined || p.version === version)) {
          resolve(now());
          return true;
        }
        return false;
      });
    });
  const versions = new Map<string, number>();
  const open = async (file: string): Promise<{ uri: string; text: string }> => {
    const uri = pathToFileURL(file).href;
    const text = readFileSync(file, 'utf8');
    versions.set(uri, 1);
    await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'seed', version: 1, text } });
    return { uri, text };
  };

  const start = now();
  const rootUri = pathToFileURL(plan.workspace).href;
  await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri,
    workspaceFolders: [{ uri: rootUri, name: 'bench' }],
    capabilities: {
      window: { workDoneProgress: true },
      workspace: { configuration: true, workspaceFolders: true, didChangeWatchedFiles: { dynamicRegistration: true } },
      textDocument: { hover: { contentFormat: ['markdown', 'plaintext'] }, publishDiagnostics: { versionSupport: true } },
    },
  });
  await connection.sendNotification(InitializedNotification.type, {});
  const early = plan.files[Math.floor(plan.files.length / 2)]!;
  const earlyUri = pathToFileURL(early).href;
  const earlyDiagnostics = diagnosticsFor(earlyUri);
  const openedAt = now();
  await open(early);
  const firstDiagnosticsAt = await earlyDiagnostics;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<number>((resolve) => (timer = setTimeout(() => resolve(Number.NaN), Math.max(0, start + plan.indexTimeoutMs - now()))));
  const readAt = await Promise.race([read, timeout]);
  clearTimeout(timer);
  // Indexing is over when no progress has been running for a while (one task may start the next).
  while ((progressStarts.size > 0 || now() - lastEnd < SETTLE_MS) && now() - start < plan.indexTimeoutMs) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const indexCompleted = progressStarts.size === 0 && lastEnd > 0;
  const indexedAt = indexCompleted ? lastEnd : start + plan.indexTimeoutMs;
  const afterIndex = memory(child.pid!);
  const cpuAfterIndexSeconds = cpuSeconds(child.pid!);

  // Hovers over a few open documents, at random characters of non-empty lines.
  const hoverDocs: { uri: string; lines: string[] }[] = [];
  for (let i = 0; i < 10; i++) {
    const file = random.pick(plan.files);
    const ready = diagnosticsFor(pathToFileURL(file).href);
    const { uri, text } = await open(file);
    await ready;
    hoverDocs.push({ uri, lines: text.split('\n') });
  }
  const hoverTimes: number[] = [];
  let hoversWithContent = 0;
  const hoverDeadline = now() + plan.phaseTimeoutMs;
  for (let i = 0; i < plan.hovers && now() < hoverDeadline; i++) {
    const doc = random.pick(hoverDocs);
    const candidates = doc.lines.map((l, n) => (l.trim().length > 0 ? n : -1)).filter((n) => n >= 0);
    const line = random.pick(candidates);
    const character = random.int(0, Math.max(0, doc.lines[line]!.length - 1));
    const sent = now();
    const hover = await connection.sendRequest(HoverRequest.type, { textDocument: { uri: doc.uri }, position: { line, character } });
    hoverTimes.push(now() - sent);
    if (hover) {
      hoversWithContent++;
    }
  }

  // Single-character edits on the document closest to 8 KB.
  const editFile = closestTo(plan.files, 8 * 1024);
  const editUri = pathToFileURL(editFile).href;
  const opened = diagnosticsFor(editUri, 1);
  const { text: editText } = await open(editFile);
  await opened;
  const editLines = editText.split('\n');
  const editTimes: number[] = [];
  const editDeadline = now() + plan.phaseTimeoutMs;
  for (let i = 0; i < plan.edits && now() < editDeadline; i++) {
    const version = (versions.get(editUri) ?? 1) + 1;
    versions.set(editUri, version);
    const line = random.int(0, editLines.length - 2);
    const character = random.int(0, editLines[line]!.length);
    const published = diagnosticsFor(editUri, version);
    const sent = now();
    await connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri: editUri, version },
      contentChanges: [{ range: { start: { line, character }, end: { line, character } }, text: random.pick(['a', 'е', ' ', 'x']) }],
    });
    editTimes.push((await published) - sent);
  }
  const end = memory(child.pid!);

  // A server busy indexing may not answer a shutdown soon: the bench ends its own child then.
  const exited = new Promise((resolve) => (child.exitCode === null ? child.once('exit', resolve) : resolve(null)));
  const stop = setTimeout(() => child.kill('SIGKILL'), 5000);
  await Promise.race([connection.sendRequest(ShutdownRequest.type).then(() => connection.sendNotification(ExitNotification.type)), exited]);
  await exited;
  clearTimeout(stop);
  connection.dispose();
  return {
    documents: plan.files.length,
    corpusReadMs: readAt - start,
    indexMs: indexedAt - start,
    indexCompleted,
    // One entry per progress: a progress that outlived the bench's wait is marked, not listed twice.
    progress: [
      ...progress.map((p) => ({ title: p.endedAt > indexedAt ? `${p.title} (ended after the bench stopped waiting)` : p.title, ms: p.ms })),
      ...[...progressStarts.values()].map((p) => ({ title: `${p.title} (still running when the session ended)`, ms: now() - p.at })),
    ],
    rssAfterIndexMB: afterIndex.rssMB,
    cpuAfterIndexSeconds,
    peakRssAfterIndexMB: afterIndex.hwmMB,
    firstDiagnosticsWhileIndexingMs: firstDiagnosticsAt - openedAt,
    firstDiagnosticsBeforeIndexEnd: firstDiagnosticsAt < indexedAt,
    hoverP50: percentile(hoverTimes, 50),
    hoverP99: percentile(hoverTimes, 99),
    hoversWithContent,
    hoversMade: hoverTimes.length,
    editsMade: editTimes.length,
    editP50: percentile(editTimes, 50),
    editP99: percentile(editTimes, 99),
    editDocumentBytes: Buffer.byteLength(editText),
    peakRssEndMB: end.hwmMB,
  };
}

/** The p-th percentile (nearest rank) of `values`. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) {
    return Number.NaN;
  }
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

function now(): number {
  return performance.now();
}

/** VmRSS and VmHWM of a process, from /proc (0 where /proc is missing). */
function memory(pid: number): { rssMB: number; hwmMB: number } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string): number => Number(new RegExp(`^${field}:\\s+(\\d+)`, 'mu').exec(status)?.[1] ?? 0);
    return { rssMB: kb('VmRSS') / 1024, hwmMB: kb('VmHWM') / 1024 };
  } catch {
    return { rssMB: 0, hwmMB: 0 };
  }
}

/** User + system CPU seconds of a process so far, from /proc/PID/stat (NaN where /proc is missing). */
function cpuSeconds(pid: number): number {
  try {
    // Fields after the command name (which may hold spaces) start at ") "; utime and stime are the 12th and 13th of them.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return Number.NaN;
  }
}

function closestTo(files: readonly string[], bytes: number): string {
  let best = files[0]!;
  let bestGap = Infinity;
  for (const file of files.slice(0, 500)) {
    const gap = Math.abs(readFileSync(file).length - bytes);
    if (gap < bestGap) {
      best = file;
      bestGap = gap;
    }
  }
  return best;
}
