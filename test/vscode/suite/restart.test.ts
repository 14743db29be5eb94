import { suite, test } from 'mocha';
import * as vscode from 'vscode';
import { diagnosticsWhere } from './waitFor';
import { categoryOf, findingsOf, openSeed } from './workspace';

suite('Commands', () => {
  test('Restart Server stops the server, which clears its findings, and the new one publishes them again', async () => {
    const document = await openSeed('seeds/tram-depot-en.txt');
    await findingsOf(document, 'boilerplate');
    let cleared = false;
    const watcher = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((uri) => uri.toString() === document.uri.toString()) && vscode.languages.getDiagnostics(document.uri).length === 0) {
        cleared = true;
      }
    });
    try {
      await vscode.commands.executeCommand('sourceReview.restartServer');
      await diagnosticsWhere(
        document.uri,
        (diagnostics) => cleared && diagnostics.some((d) => categoryOf(d) === 'boilerplate'),
        'the findings to be cleared by the restart and published again',
      );
    } finally {
      watcher.dispose();
    }
  });
});
