/**
 * The Source Review extension: starts the language server (`dist/server.js`) over IPC for
 * `seed` documents and offers the "Restart Server" and "Show Output" commands.
 */
import * as path from 'node:path';
import { commands, window, type ExtensionContext, type LogOutputChannel } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

/** Client id: also the prefix of the `sourceReview.trace.server` setting the client reads. */
const CLIENT_ID = 'sourceReview';
const CLIENT_NAME = 'Source Review';

let client: LanguageClient | undefined;

/** Starts the language client; VS Code calls this on the first `seed` document or a workspace with seeds. */
export async function activate(context: ExtensionContext): Promise<void> {
  const output = window.createOutputChannel(CLIENT_NAME, { log: true });
  context.subscriptions.push(output);
  client = createClient(context, output);
  context.subscriptions.push(
    commands.registerCommand('sourceReview.restartServer', async () => {
      output.info('Restarting the Source Review server…');
      await restart(context, output);
    }),
    commands.registerCommand('sourceReview.showOutput', () => output.show(true)),
  );
  try {
    await client.start();
  } catch (error) {
    output.error(`The Source Review server did not start: ${String(error)}`);
    void window.showErrorMessage('Source Review: the language server did not start. See the "Source Review" output.');
  }
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

async function restart(context: ExtensionContext, output: LogOutputChannel): Promise<void> {
  if (client?.isRunning()) {
    await client.restart();
    return;
  }
  // A server that never started (or was stopped after crashes) gets a fresh client.
  await client?.dispose().catch(() => undefined);
  client = createClient(context, output);
  await client.start();
}
