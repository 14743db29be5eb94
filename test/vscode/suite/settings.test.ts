import * as assert from 'node:assert/strict';
import { suite, suiteSetup, suiteTeardown, test } from 'mocha';
import * as vscode from 'vscode';
import { diagnosticsWhere, textDocumentWhere } from './waitFor';
import { categoryOf, findingsOf, openSeed, workspaceFile } from './workspace';

const settingsFile = (): vscode.Uri => workspaceFile('.vscode/settings.json');

/** Replaces the workspace settings file, as editing it by hand would. */
async function writeWorkspaceSettings(text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(settingsFile(), new TextEncoder().encode(text));
}

suite('Settings', () => {
  let original = '';

  suiteSetup(async () => {
    original = new TextDecoder().decode(await vscode.workspace.fs.readFile(settingsFile()));
    assert.match(original, /"sourceReview\.rules": 5/, 'the test workspace starts with a wrong type for sourceReview.rules');
  });

  suiteTeardown(async () => {
    await writeWorkspaceSettings(original);
  });

  test('a wrong type for sourceReview.rules still leaves the findings in place', async () => {
    const document = await openSeed('seeds/biblioteka-ru.txt');
    await findingsOf(document, 'boilerplate');
    await findingsOf(document, 'comment');
  });

  test('a wrong type for sourceReview.rules is reported in the output by its name', async () => {
    await openSeed('seeds/biblioteka-ru.txt');
    await vscode.commands.executeCommand('sourceReview.showOutput');
    await textDocumentWhere(
      (document) => document.uri.scheme === 'output' && document.getText().includes('sourceReview.rules'),
      'the Source Review output to name sourceReview.rules',
    );
  });

  test('turning the comment category off removes comment findings and keeps boilerplate, without a restart', async () => {
    const document = await openSeed('seeds/harbour-bridge-en.txt');
    await findingsOf(document, 'comment');

    await writeWorkspaceSettings(JSON.stringify({ 'sourceReview.rules': { comment: false } }, null, 2));

    await diagnosticsWhere(
      document.uri,
      (diagnostics) => diagnostics.some((d) => categoryOf(d) === 'boilerplate') && !diagnostics.some((d) => categoryOf(d) === 'comment'),
      'comment findings gone and boilerplate findings kept',
    );
  });
});
