/**
 * `lsp [--stdio]`: the language server over standard input and output, for any LSP client.
 * Standard output carries only the protocol from here on; anything else goes to stderr.
 */
import { createConnection, ProposedFeatures, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
import { exitWhenInputEnds, installProcessGuards } from '../lsp/processGuards.js';
import { startServer } from '../server.js';

/** Starts the server on stdio; the process lives until the client ends the connection or closes stdin. */
export function runLanguageServer(): void {
  // A stray console.log would corrupt the protocol stream: send it to stderr instead.
  console.log = console.error;
  console.info = console.error;
  exitWhenInputEnds();
  const connection = createConnection(ProposedFeatures.all, new StreamMessageReader(process.stdin), new StreamMessageWriter(process.stdout));
  installProcessGuards(connection);
  startServer(connection);
}
