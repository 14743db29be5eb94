import * as assert from 'node:assert/strict';
import { suite, test } from 'mocha';
import * as vscode from 'vscode';
import { codeOf, diagnosticsWhere } from './waitFor';
import { categoryOf, findingsOf, findingsOnLine, lineOf, openSeed } from './workspace';

suite('Editing', () => {
  test('findings follow unsaved edits: two lines typed above the donation appeal move its finding down by two', async () => {
    const document = await openSeed('seeds/tram-depot-en.txt');
    const appeal = lineOf(document, 'Support us — donate');
    const before = findingsOnLine(await findingsOf(document, 'boilerplate'), appeal, 'boilerplate')[0];
    assert.ok(before, 'the appeal is flagged before the edit');
    const moved = before.range.with(before.range.start.translate(2), before.range.end.translate(2));
    try {
      const edit = new vscode.WorkspaceEdit();
      edit.insert(document.uri, new vscode.Position(0, 0), '\n\n');
      assert.ok(await vscode.workspace.applyEdit(edit));

      await diagnosticsWhere(
        document.uri,
        (diagnostics) =>
          diagnostics.some((d) => codeOf(d) === codeOf(before) && d.range.isEqual(moved)) && !diagnostics.some((d) => d.range.start.line < 2),
        `${codeOf(before)} on ${moved.start.line}:${moved.start.character}-${moved.end.line}:${moved.end.character}, and nothing on the new blank lines`,
      );
    } finally {
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
    assert.equal(document.isDirty, false);
  });

  test('an untitled seed is analysed too', async () => {
    const content = [
      'Support us — donate to keep our newsroom independent',
      'The river ferry will run a late service on Saturdays from next month, the operator said on Monday.',
      'Tickets for the new evening crossings will cost the same as during the day.',
      'Sign up for our newsletter to get the week’s top stories in your inbox.',
    ].join('\n');
    const document = await vscode.workspace.openTextDocument({ language: 'seed', content });
    await vscode.window.showTextDocument(document);
    try {
      const diagnostics = await findingsOf(document, 'boilerplate');
      assert.ok(
        diagnostics.some((d) => categoryOf(d) === 'boilerplate' && d.range.start.line === 0),
        'the donation appeal on the first line is flagged',
      );
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });
});
