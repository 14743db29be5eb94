/**
 * The Source Review extension: starts the language server (`dist/server.js`) over IPC for
 * `seed` documents, shows its status in the status bar and its event coverage in the
 * Explorer, and offers the commands of the "Source Review" category.
 */
import * as path from 'node:path';
import { commands, window, type ExtensionContext, type LogOutputChannel } from 'vscode';
import { LanguageClient, State, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { CoverageTree } from './coverageView';
import { EventCoverageRequest, ReindexCorpusRequest, StatusNotification, type EventCoverage, type ServerStatus } from './protocol';
import { StatusItem } from './statusItem';
import { registerExportCommand } from './exportCommand';
import { registerTagging } from './tagging';

/** Client id: also the prefix of the `sourceReview.trace.server` setting the client reads. */
const CLIENT_ID = 'sourceReview';
const CLIENT_NAME = 'Source Review';

/** The coverage view's id (package.json `contributes.views.explorer`). */
export const COVERAGE_VIEW = 'sourceReview.eventCoverage';

/** What the extension returns from `activate` (for other extensions and the integration tests). */
export interface SourceReviewApi {
  /** The last status the server sent, if any. */
  status(): ServerStatus | undefined;
  /** The text the status bar item shows. */
  statusText(): string;
  /** The event coverage the server reports now. */
  eventCoverage(): Promise<EventCoverage | null>;
  /** The coverage view's data. */
  readonly coverageTree: CoverageTree;
  /** Whether the coverage view is visible. */
  coverageVisible(): boolean;
}

let client: LanguageClient | undefined;

/** Starts the language client; VS Code calls this on the first `seed` document or a workspace with seeds. */
export async function activate(context: ExtensionContext): Promise<SourceReviewApi> {
  const output = window.createOutputChannel(CLIENT_NAME, { log: true });
  const status = new StatusItem();
  const coverage = new CoverageTree(async () => (client?.isRunning() ? client.sendRequest(EventCoverageRequest) : null));
  const view = window.createTreeView(COVERAGE_VIEW, { treeDataProvider: coverage, showCollapseAll: true });
  context.subscriptions.push(output, status, coverage, view);

  const wire = (c: LanguageClient): LanguageClient => {
    c.onNotification(StatusNotification, (s) => {
      const before = status.status;
      status.update(s);
      if (!s.busy && (before?.busy !== false || before.revision !== s.revision || before.documents !== s.documents)) {
        coverage.refresh();
      }
      view.badge = s.events > 0 ? { value: s.events, tooltip: `${s.events} events reported by two or more documents` } : undefined;
    });
    c.onDidChangeState((e) => {
      void commands.executeCommand('setContext', 'sourceReview.serverRunning', e.newState === State.Running);
      if (e.newState === State.Starting) {
        status.starting();
      } else if (e.newState === State.Stopped) {
        status.stopped();
      }
    });
    return c;
  };
  client = wire(createClient(context, output));

  context.subscriptions.push(
    commands.registerCommand('sourceReview.restartServer', async () => {
      output.info('Restarting the Source Review server…');
      client = await restart(context, output, wire);
      coverage.refresh();
    }),
    commands.registerCommand('sourceReview.showOutput', () => output.show(true)),
    commands.registerCommand('sourceReview.reindexCorpus', async () => {
      if (!client?.isRunning()) {
        void window.showWarningMessage('Source Review: the language server is not running; restart it first.');
        return;
      }
      output.info('Re-indexing the corpus…');
      const result = await client.sendRequest(ReindexCorpusRequest);
      coverage.refresh();
      if (result) {
        output.info(`Re-indexed ${result.documents} document(s); ${result.events} event(s) found.`);
      }
      return result;
    }),
    commands.registerCommand('sourceReview.showEventCoverage', async () => {
      coverage.refresh();
      await commands.executeCommand(`${COVERAGE_VIEW}.focus`);
    }),
  );
  registerExportCommand(context, () => client);
  registerTagging(context);
  await commands.executeCommand('setContext', 'sourceReview.active', true);

  try {
    await client.start();
  } catch (error) {
    output.error(`The Source Review server did not start: ${String(error)}`);
    status.stopped();
    void window.showErrorMessage('Source Review: the language server did not start. See the "Source Review" output.');
  }
  return {
    status: () => status.status,
    statusText: () => status.text,
    eventCoverage: () => coverage.coverage(),
    coverageTree: coverage,
    coverageVisible: () => view.visible,
  };
}

/** Stops the language server. */
export async function deactivate(): Promise<void> {
  const running = client;
  client = undefined;
  await running?.stop();
}

function createClient(context: ExtensionContext, output: LogOutputChannel): LanguageClient {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'seed' },
      { scheme: 'untitled', language: 'seed' },
    ],
    outputChannel: output,
  };
  return new LanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions, clientOptions);
}

async function restart(context: ExtensionContext, output: LogOutputChannel, wire: (c: LanguageClient) => LanguageClient): Promise<LanguageClient> {
  if (client?.isRunning()) {
    await client.restart();
    return client;
  }
  // A server that never started (or was stopped after crashes) gets a fresh client.
  await client?.dispose().catch(() => undefined);
  const fresh = wire(createClient(context, output));
  await fresh.start();
  return fresh;
}
