import * as assert from 'node:assert/strict';
import { suite, test } from 'mocha';
import * as vscode from 'vscode';
import { workspaceFile } from './workspace';

suite('The seed language', () => {
  test('a .txt file in a seeds folder opens as a seed', async () => {
    const document = await vscode.workspace.openTextDocument(workspaceFile('seeds/harbour-bridge-en.txt'));
    assert.equal(document.languageId, 'seed');
  });

  test('a .txt file outside any seeds folder stays plain text', async () => {
    const document = await vscode.workspace.openTextDocument(workspaceFile('notes/reading-list.txt'));
    assert.equal(document.languageId, 'plaintext');
  });
});
