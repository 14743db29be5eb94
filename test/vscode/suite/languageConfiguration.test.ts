import * as assert from 'node:assert/strict';
import { suite, test } from 'mocha';
import * as vscode from 'vscode';
import { WAIT_BOUND_MS } from './waitFor';

/** A fresh untitled seed with `content`, shown in an editor with `selection`. */
async function seedEditor(content: string, selection: vscode.Selection): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument({ language: 'seed', content });
  const editor = await vscode.window.showTextDocument(document, { preview: false });
  editor.selection = selection;
  return editor;
}

suite('The seed language configuration in the editor', () => {
  test('Toggle Block Comment wraps the selection in an HTML comment, and again unwraps it', async () => {
    const editor = await seedEditor('Subscribe to our newsletter!', new vscode.Selection(0, 0, 0, 28));
    // A language's configuration loads with its first document: until it has, the command does nothing.
    const deadline = Date.now() + WAIT_BOUND_MS;
    while (editor.document.getText() === 'Subscribe to our newsletter!') {
      assert.ok(Date.now() < deadline, 'Toggle Block Comment never changed the text');
      editor.selection = new vscode.Selection(0, 0, 0, 28);
      await vscode.commands.executeCommand('editor.action.blockComment');
      if (editor.document.getText() === 'Subscribe to our newsletter!') {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
    assert.equal(editor.document.getText(), '<!-- Subscribe to our newsletter! -->');
    editor.selection = new vscode.Selection(0, 0, 0, editor.document.lineAt(0).text.length);
    await vscode.commands.executeCommand('editor.action.blockComment');
    assert.equal(editor.document.getText(), 'Subscribe to our newsletter!');
  });

  test('typing an opening guillemet or curly quote closes it', async () => {
    for (const [open, close] of [
      ['«', '»'],
      ['“', '”'],
    ] as const) {
      const editor = await seedEditor('', new vscode.Selection(0, 0, 0, 0));
      await vscode.commands.executeCommand('type', { text: open });
      assert.equal(editor.document.getText(), `${open}${close}`);
    }
  });

  test('typing a guillemet over a selection surrounds it', async () => {
    const editor = await seedEditor('Мэр назвал решение историческим.', new vscode.Selection(0, 19, 0, 31));
    await vscode.commands.executeCommand('type', { text: '«' });
    assert.equal(editor.document.getText(), 'Мэр назвал решение «историческим».');
  });
});
