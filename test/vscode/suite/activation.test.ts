import * as assert from 'node:assert/strict';
import { suite, test } from 'mocha';
import * as vscode from 'vscode';
import { until } from './waitFor';
import { EXTENSION_ID, openSeed } from './workspace';

suite('Activation', () => {
  test('the extension is installed in the editor under test', () => {
    assert.ok(vscode.extensions.getExtension(EXTENSION_ID), `${EXTENSION_ID} is among ${vscode.extensions.all.length} extensions`);
  });

  test('the extension under test is the one the runner installed', function () {
    const expectedRoot = process.env.SOURCE_REVIEW_EXPECTED_EXTENSION_ROOT;
    if (!expectedRoot) {
      this.skip();
    }
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension);
    assert.ok(
      extension.extensionPath.startsWith(expectedRoot),
      `${EXTENSION_ID} runs from ${extension.extensionPath}, not from under ${expectedRoot}`,
    );
  });

  test('opening a seed activates the extension', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension);
    await openSeed('seeds/tram-depot-en.txt');
    await until(() => extension.isActive, `${EXTENSION_ID} to activate`);
  });
});
