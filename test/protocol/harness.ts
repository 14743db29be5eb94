/**
 * A real LSP client for protocol tests: spawns `node dist/server.js --stdio`, speaks
 * JSON-RPC with vscode-languageserver-protocol, answers the server's requests, and lets
 * tests wait on real messages (diagnostics, progress, log lines), never on time.
 */
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { PassThrough } from 'node:stream';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  ConfigurationRequest,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  FoldingRangeRequest,
  HoverRequest,
  InitializeRequest,
  InitializedNotification,
  LogMessageNotification,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShowMessageNotification,
  ShutdownRequest,
  WorkDoneProgressCreateRequest,
  type FileEvent,
  type FoldingRange,
  type Hover,
  type InitializeResult,
  type Position,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Registration,
  type TextDocumentContentChangeEvent,
  type WorkDoneProgressBegin,
  type WorkDoneProgressEnd,
  type WorkDoneProgressReport,
} from 'vscode-languageserver-protocol';
import {
  IPCMessageReader,
  IPCMessageWriter,
  StreamMessageReader,
  StreamMessageWriter,
  createClientSocketTransport,
  createProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import { ProposedFeatures, createConnection } from 'vscode-languageserver/node';
import type { Rule } from '../../server/src/engine/index.js';
import type { AnalysisBudget } from '../../server/src/lsp/budget.js';
import { startServer } from '../../server/src/server.js';

/** The server the tests spawn: the bundle `npm test` builds, or another build named by `SOURCE_REVIEW_SERVER`. */
export const SERVER = process.env['SOURCE_REVIEW_SERVER'] ?? join(__dirname, '../../dist/server.js');

/** Makes a temporary workspace folder holding `files` (paths relative to it); removed by {@link ServerHarness.stop}. */
export function tempWorkspace(files: Record<string, string | Uint8Array>): string {
  const root = mkdtempSync(join(tmpdir(), 'source-review-lsp-'));
  TEMPORARY.add(root);
  for (const [rel, content] of Object.entries(files)) {
    writeFile(join(root, rel), content);
  }
  return root;
}

/** Workspaces made by {@link tempWorkspace}: the only folders the harness ever removes. */
const TEMPORARY = new Set<string>();

/** Writes a file, creating its folders. */
export function writeFile(path: string, content: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}

/** The `file:` URI of a path, as Node spells it. */
export function fileUri(path: string): string {
  return pathToFileURL(path).href;
}

/** Options of {@link ServerHarness.start}. */
export interface HarnessOptions {
  /** Workspace folder path (omit for a server without a workspace). */
  readonly workspace?: string;
  /** What the client answers for the `sourceReview` settings section. */
  readonly settings?: unknown;
  /** How to talk to the server: standard streams (default), Node IPC as the VS Code client does, or a TCP socket. */
  readonly transport?: 'stdio' | 'ipc' | 'socket';
  /** Declare no client capabilities at all (a bare-bones LSP client). */
  readonly bare?: boolean;
  /**
   * Run `startServer` in this process over in-memory streams with this rule registry instead of
   * spawning the bundle: for behaviour no built-in rule can trigger (a rule that throws).
   */
  readonly inProcessRules?: readonly Rule[];
  /** With {@link inProcessRules}: the per-document analysis budget to run under. */
  readonly inProcessBudget?: AnalysisBudget;
}

type ProgressValue = WorkDoneProgressBegin | WorkDoneProgressReport | WorkDoneProgressEnd;

/** A `$/progress` notification's parameters. */
interface ProgressParams<V> {
  readonly token: string | number;
  readonly value: V;
}

/** One message the client received, in arrival order. */
type Received =
  | { readonly kind: 'diagnostics'; readonly params: PublishDiagnosticsParams }
  | { readonly kind: 'progress'; readonly params: ProgressParams<ProgressValue> }
  | { readonly kind: 'log'; readonly message: string; readonly type: number }
  | { readonly kind: 'show'; readonly message: string; readonly type: number };

interface Waiter {
  readonly test: (message: Received) => boolean;
  readonly resolve: (message: Received) => void;
}

/** A spawned server and the client end of its connection. */
export class ServerHarness {
  /** Everything received, in order. */
  readonly received: Received[] = [];
  /** Dynamic registrations the server asked for. */
  readonly registrations: Registration[] = [];
  /** Settings the client answers with (tests may change them, then notify). */
  settings: unknown;
  private readonly waiters = new Set<Waiter>();
  private readonly exited: Promise<number | null>;
  private stderr = '';
  private readonly indexingEnded: Promise<void>;
  private readonly versions = new Map<string, number>();

  private constructor(
    /** The spawned server, or `undefined` when it runs in this process. */
    readonly process: ChildProcess | undefined,
    readonly connection: ProtocolConnection,
    readonly workspace: string | undefined,
    settings: unknown,
  ) {
    this.settings = settings;
    this.exited = process ? new Promise((resolve) => process.once('exit', (code) => resolve(code))) : Promise.resolve(null);
    this.indexingEnded = this.waitFor((m) => m.kind === 'progress' && m.params.value.kind === 'end').then(() => undefined);
    process?.stderr?.on('data', (chunk: Buffer) => {
      this.stderr += chunk.toString('utf8');
    });
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => this.push({ kind: 'diagnostics', params }));
    // Replaces vscode-jsonrpc's own $/progress dispatch, so every token's progress is recorded.
    connection.onNotification('$/progress', (params: ProgressParams<ProgressValue>) => this.push({ kind: 'progress', params }));
    connection.onNotification(LogMessageNotification.type, (p) => this.push({ kind: 'log', message: p.message, type: p.type }));
    connection.onNotification(ShowMessageNotification.type, (p) => this.push({ kind: 'show', message: p.message, type: p.type }));
    connection.onRequest(ConfigurationRequest.type, (params) => params.items.map(() => this.settings ?? null));
    connection.onRequest(WorkDoneProgressCreateRequest.type, () => undefined);
    connection.onRequest(RegistrationRequest.type, (params) => {
      this.registrations.push(...params.registrations);
    });
    connection.listen();
  }

  /** Spawns the server and completes the initialize handshake (with progress, configuration and watcher support). */
  static async start(options: HarnessOptions = {}): Promise<{ server: ServerHarness; init: InitializeResult }> {
    const { child, connection } = await ServerHarness.launch(options);
    const server = new ServerHarness(child, connection, options.workspace, options.settings);
    const folder = options.workspace;
    const init = await connection.sendRequest(InitializeRequest.type, {
      // In process, the server must not watch its own process (its timer would outlive the test).
      processId: child ? process.pid : null,
      rootUri: folder ? fileUri(folder) : null,
      workspaceFolders: folder ? [{ uri: fileUri(folder), name: 'workspace' }] : null,
      capabilities: options.bare ? {} : {
        window: { workDoneProgress: true },
        workspace: {
          configuration: true,
          workspaceFolders: true,
          didChangeConfiguration: { dynamicRegistration: true },
          didChangeWatchedFiles: { dynamicRegistration: true },
          workspaceEdit: { documentChanges: true },
        },
        textDocument: {
          synchronization: { dynamicRegistration: false },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          foldingRange: { lineFoldingOnly: true },
          publishDiagnostics: { versionSupport: true },
        },
      },
    });
    await connection.sendNotification(InitializedNotification.type, {});
    return { server, init };
  }

  private static async launch(options: HarnessOptions): Promise<{ child: ChildProcess | undefined; connection: ProtocolConnection }> {
    if (options.inProcessRules) {
      const toServer = new PassThrough();
      const toClient = new PassThrough();
      const serverConnection = createConnection(ProposedFeatures.all, new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
      startServer(serverConnection, { rules: options.inProcessRules, ...(options.inProcessBudget ? { budget: options.inProcessBudget } : {}) });
      return { child: undefined, connection: createProtocolConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer)) };
    }
    if (options.transport === 'socket') {
      const transport = await createClientSocketTransport(0);
      const child = spawn(process.execPath, [SERVER, `--socket=${transport.port()}`], { stdio: ['ignore', 'pipe', 'pipe'] });
      const [reader, writer] = await transport.onConnected();
      return { child, connection: createProtocolConnection(reader, writer) };
    }
    if (options.transport === 'ipc') {
      const child = fork(SERVER, ['--node-ipc'], { stdio: ['pipe', 'pipe', 'pipe', 'ipc'], execArgv: [] });
      return { child, connection: createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child)) };
    }
    const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    return { child, connection: createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!)) };
  }

  /** Opens a `seed` document. */
  async open(uri: string, text: string, version = 1): Promise<void> {
    this.versions.set(uri, version);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: 'seed', version, text },
    });
  }

  /** Sends incremental changes; returns the new version. */
  async change(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<number> {
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: changes });
    return version;
  }

  /** Closes a document. */
  async close(uri: string): Promise<void> {
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  /** Reports file system changes, as the editor's watcher would. */
  async filesChanged(changes: FileEvent[]): Promise<void> {
    await this.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes });
  }

  /** Asks for a hover. */
  hover(uri: string, position: Position): Promise<Hover | null> {
    return this.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
  }

  /** Asks for folding ranges. */
  folding(uri: string): Promise<FoldingRange[] | null> {
    return this.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri } });
  }

  /**
   * The first diagnostics published for `uri` (already received or still to come) that
   * satisfy `test`; by default, those for the document's latest version.
   */
  diagnostics(uri: string, test?: (params: PublishDiagnosticsParams) => boolean): Promise<PublishDiagnosticsParams> {
    const version = this.versions.get(uri);
    const accept = test ?? ((p: PublishDiagnosticsParams) => version === undefined || p.version === version);
    return this.waitFor((m) => m.kind === 'diagnostics' && m.params.uri === uri && accept(m.params)).then(
      (m) => (m as Extract<Received, { kind: 'diagnostics' }>).params,
    );
  }

  /** Resolves when the server has ended its corpus-indexing progress (even if the message was forgotten since). */
  indexed(): Promise<void> {
    return this.indexingEnded;
  }

  /** Resolves with the first log or shown message whose text matches. */
  message(kind: 'log' | 'show', pattern: RegExp): Promise<string> {
    return this.waitFor((m) => m.kind === kind && pattern.test(m.message)).then((m) => (m as { message: string }).message);
  }

  /** Waits for a message matching `then` that arrives after one matching `first`. */
  after(first: (message: Received) => boolean, then: (message: Received) => boolean): Promise<Received> {
    let seen = false;
    return this.waitFor((m) => {
      if (!seen) {
        seen = first(m);
        return false;
      }
      return then(m);
    });
  }

  /** Resolves with the diagnostics for `uri` next published after the server logs the end of a disk update. */
  republishedAfterDiskUpdate(uri: string): Promise<PublishDiagnosticsParams> {
    return this.republishedAfter(/corpus updated from disk/u, uri);
  }

  /** Resolves with the diagnostics for `uri` next published after a log line matching `logged`. */
  republishedAfter(logged: RegExp, uri: string): Promise<PublishDiagnosticsParams> {
    return this.after(
      (m) => m.kind === 'log' && logged.test(m.message),
      (m) => m.kind === 'diagnostics' && m.params.uri === uri,
    ).then((m) => (m as Extract<Received, { kind: 'diagnostics' }>).params);
  }

  /** Waits for a message matching `test`, looking at those already received first. */
  waitFor(test: (message: Received) => boolean): Promise<Received> {
    const seen = this.received.find(test);
    if (seen) {
      return Promise.resolve(seen);
    }
    return new Promise((resolve) => this.waiters.add({ test, resolve }));
  }

  /** Forgets received messages (so later waits see only what comes next). */
  forget(): void {
    this.received.length = 0;
  }

  /** What the server wrote to standard error. */
  get errorOutput(): string {
    return this.stderr;
  }

  /** Whether the server process is still running. */
  get alive(): boolean {
    return !this.process || (this.process.exitCode === null && this.process.signalCode === null);
  }

  /** Shuts the server down politely and returns its exit code; removes the workspace if {@link tempWorkspace} made it. */
  async stop(): Promise<number | null> {
    if (this.alive) {
      await this.connection.sendRequest(ShutdownRequest.type);
      if (this.process) {
        await this.connection.sendNotification(ExitNotification.type); // in process, `exit` would end the test run
      }
    }
    const code = await this.exited;
    this.connection.dispose();
    if (this.workspace && TEMPORARY.delete(this.workspace)) {
      rmSync(this.workspace, { recursive: true, force: true });
    }
    return code;
  }

  /** Closes the server's standard input and returns its exit code. */
  async closeInput(): Promise<number | null> {
    this.process?.stdin?.end();
    return this.exited;
  }

  private push(message: Received): void {
    this.received.push(message);
    for (const waiter of this.waiters) {
      if (waiter.test(message)) {
        this.waiters.delete(waiter);
        waiter.resolve(message);
      }
    }
  }
}
