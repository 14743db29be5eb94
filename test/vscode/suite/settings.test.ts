import * as assert from 'node:assert/strict';
import { suite, suiteSetup, suiteTeardown, test } from 'mocha';
import * as vscode from 'vscode';
import { diagnosticsWhere, textDocumentWhere } from './waitFor';
import { categoryOf, findingsOf, findingsOnLine, lineOf, openSeed, workspaceFile } from './workspace';

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

  test('raising the boilerplate category to error makes its findings errors and leaves comments as they were', async () => {
    const document = await openSeed('seeds/biblioteka-ru.txt');
    const before = await findingsOf(document, 'comment');
    const commentSeverities = before.filter((d) => categoryOf(d) === 'comment').map((d) => d.severity);

    await writeWorkspaceSettings(JSON.stringify({ 'sourceReview.rules': { boilerplate: 'error' } }, null, 2));

    await diagnosticsWhere(
      document.uri,
      (diagnostics) => {
        const boilerplate = diagnostics.filter((d) => categoryOf(d) === 'boilerplate');
        const comments = diagnostics.filter((d) => categoryOf(d) === 'comment').map((d) => d.severity);
        return (
          boilerplate.length > 0 &&
          boilerplate.every((d) => d.severity === vscode.DiagnosticSeverity.Error) &&
          JSON.stringify(comments) === JSON.stringify(commentSeverities)
        );
      },
      'every boilerplate finding an error, comment findings unchanged',
    );
  });

  test('an extra boilerplate phrase from the settings flags the article line that contains it', async () => {
    const document = await openSeed('seeds/harbour-bridge-en.txt');
    const line = lineOf(document, 'would consider the request at its next meeting');
    const before = await findingsOf(document, 'boilerplate');
    assert.equal(findingsOnLine(before, line, 'boilerplate').length, 0, 'the line is article text before the setting');

    await writeWorkspaceSettings(JSON.stringify({ 'sourceReview.extraBoilerplatePhrases': ['Consider the REQUEST'] }, null, 2));

    await diagnosticsWhere(
      document.uri,
      (diagnostics) => findingsOnLine(diagnostics, line, 'boilerplate').length > 0,
      `a boilerplate finding on line ${line + 1}`,
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
