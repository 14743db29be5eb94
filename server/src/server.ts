/**
 * The Source Review language server: capabilities, and one guarded, thin handler per LSP
 * message, each delegating to the {@link ReviewSession}.
 */
import {
  CodeLensRefreshRequest,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  TextDocumentSyncKind,
  TextDocuments,
  type ClientCapabilities,
  type Connection,
  type InitializeParams,
  type InitializeResult,
  type WorkspaceFolder,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Rule } from './engine/index.js';
import type { AnalysisBudget } from './lsp/budget.js';
import { detached, guarded } from './lsp/guard.js';
import { CodeLensSetting } from './lsp/codeLensSetting.js';
import { beginProgress } from './lsp/progress.js';
import { EventCoverageRequest, ReindexCorpusRequest } from './lsp/coverage.js';
import { ExportCorpusRequest, exportCorpusHandler } from './lsp/exportCorpus.js';
import { StatusNotification } from './lsp/status.js';
import { ReviewSession } from './lsp/reviewSession.js';
import { CODE_ACTION_KINDS, codeActions } from './lsp/codeActions.js';
import { SETTINGS_SECTION, SettingsStore } from './lsp/settingsStore.js';

/** Options of {@link startServer}. */
export interface ServerOptions {
  /** Replaces the built-in rule registry (embedding and tests). */
  readonly rules?: readonly Rule[];
  /** Replaces the per-document analysis budget (tests). */
  readonly budget?: AnalysisBudget;
}

/** Title of the work-done progress while seeds are read. */
const PROGRESS_TITLE = 'Source Review: indexing seeds';

/** Title of the work-done progress while events are linked across the corpus. */
const EVENTS_PROGRESS_TITLE = 'Source Review: linking events';

/** Files whose changes the server watches; the seed path rules filter them further. */
const WATCHED_GLOB = '**/*.{txt,md,seed}';

/**
 * Serves Source Review over `connection` and starts listening. Assumes nothing about the
 * process: the caller chose the transport (stdio, IPC, socket) when creating the connection.
 */
export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const documents = new TextDocuments(TextDocument);
  let session: ReviewSession | undefined;
  let client: ClientCapabilities = {};
  let folders: readonly string[] = [];

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    client = params.capabilities;
    folders = initialFolders(params);
    const settings = new SettingsStore(connection, client.workspace?.configuration === true, options.rules);
    session = new ReviewSession(connection, documents, settings, {
      beginProgress: (message) => beginProgress(connection, progressSupported(client), EVENTS_PROGRESS_TITLE, message),
      refreshLenses: () => {
        if (client.workspace?.codeLens?.refreshSupport === true) {
          detached(connection, 'refreshing code lenses', () => connection.sendRequest(CodeLensRefreshRequest.type));
        }
      },
      codeLens: new CodeLensSetting(connection, client.workspace?.configuration === true),
    }, (status) => detached(connection, 'sending the status', () => connection.sendNotification(StatusNotification, status)), options.budget);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        codeLensProvider: { resolveProvider: false },
        foldingRangeProvider: true,
        documentSymbolProvider: { label: 'Who said what' },
        codeActionProvider: { codeActionKinds: [...CODE_ACTION_KINDS], resolveProvider: false },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'source-review' },
    };
  });

  connection.onInitialized(() => {
    const s = session;
    if (!s) {
      return;
    }
    if (client.workspace?.didChangeWatchedFiles?.dynamicRegistration === true) {
      detached(connection, 'watching seed files', () =>
        connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: WATCHED_GLOB }] }),
      );
    }
    if (client.workspace?.didChangeConfiguration?.dynamicRegistration === true) {
      detached(connection, 'watching settings', () =>
        connection.client.register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION }),
      );
    }
    if (client.workspace?.workspaceFolders === true) {
      connection.workspace.onDidChangeWorkspaceFolders((event) =>
        detached(connection, 'updating workspace folders', async () => {
          if (event.removed.length > 0) {
            s.removeFolders(event.removed.map((f) => f.uri));
          }
          if (event.added.length > 0) {
            await s.indexFolders(event.added.map((f) => f.uri), await beginProgress(connection, progressSupported(client), PROGRESS_TITLE, 'searching the workspace folders'));
          }
        }),
      );
    }
    detached(connection, 'indexing the workspace', async () =>
      s.indexFolders(folders, await beginProgress(connection, progressSupported(client), PROGRESS_TITLE, 'searching the workspace folders')),
    );
  });

  documents.onDidOpen((e) => detached(connection, 'opening a document', () => session?.opened(e.document)));
  documents.onDidChangeContent((e) => detached(connection, 'updating a document', () => session?.changed(e.document)));
  documents.onDidClose((e) => detached(connection, 'closing a document', () => session?.closed(e.document.uri)));

  connection.onDidChangeWatchedFiles((params) =>
    detached(connection, 'reading changed files', () => session?.filesChanged(params.changes)),
  );
  connection.onDidChangeConfiguration(() => detached(connection, 'applying settings', () => session?.configurationChanged()));

  connection.onHover(guarded(connection, 'hover', null, (params, token) => session?.hover(params.textDocument.uri, params.position, token) ?? null));
  connection.onCodeLens(guarded(connection, 'code lenses', [], (params, token) => session?.codeLenses(params.textDocument.uri, token) ?? []));
  connection.onFoldingRanges(guarded(connection, 'folding ranges', [], (params) => session?.folding(params.textDocument.uri) ?? []));
  connection.onCodeAction(guarded(connection, 'code actions', [], async (params, token) => {
    const current = await session?.currentAnalysis(params.textDocument.uri, token);
    return current ? codeActions(current, params, client.workspace?.workspaceEdit?.documentChanges === true) : [];
  }));
  connection.onDocumentSymbol(guarded(connection, 'document symbols', [], (params, token) => session?.symbols(params.textDocument.uri, token) ?? []));

  connection.onRequest(EventCoverageRequest, guarded(connection, 'event coverage', null, () => session?.eventCoverage() ?? null));
  connection.onRequest(ExportCorpusRequest, guarded(connection, 'exporting the corpus', null, exportCorpusHandler(connection, () => ({ folders, listsFolders: client.workspace?.workspaceFolders === true, configuration: client.workspace?.configuration === true, progress: progressSupported(client) }))));
  connection.onRequest(ReindexCorpusRequest, guarded(connection, 're-indexing the corpus', null, async () =>
    session ? session.reindexCorpus(await beginProgress(connection, progressSupported(client), PROGRESS_TITLE, 're-reading the workspace folders')) : null,
  ));

  connection.onShutdown(() => session?.dispose());

  documents.listen(connection);
  connection.listen();
}

function initialFolders(params: InitializeParams): string[] {
  const folders: readonly WorkspaceFolder[] | null | undefined = params.workspaceFolders;
  if (folders && folders.length > 0) {
    return folders.map((f) => f.uri);
  }
  return params.rootUri ? [params.rootUri] : [];
}

function progressSupported(client: ClientCapabilities): boolean {
  return client.window?.workDoneProgress === true;
}
