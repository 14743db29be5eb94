/**
 * Entry of the bundled language server (`dist/server.js`). The transport comes from the
 * command line, as vscode-languageserver reads it: `--stdio`, `--node-ipc` or `--socket=PORT`.
 */
import { ProposedFeatures, createConnection } from 'vscode-languageserver/node';
import { exitWhenInputEnds, installProcessGuards } from './lsp/processGuards.js';
import { startServer } from './server.js';

if (process.argv.includes('--stdio')) {
  exitWhenInputEnds();
}
const connection = createConnection(ProposedFeatures.all);
installProcessGuards(connection);
startServer(connection);
