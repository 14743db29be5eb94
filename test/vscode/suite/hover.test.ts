import * as assert from 'node:assert/strict';
import { suite, test } from 'mocha';
import * as vscode from 'vscode';
import { codeOf } from './waitFor';
import { findingsOf, findingsOnLine, lineOf, openSeed } from './workspace';

/** The plain text of every hover's contents. */
function hoverText(hovers: readonly vscode.Hover[]): string {
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n');
}

suite('Hovers', () => {
  test('hovering a boilerplate finding names and explains its rule', async () => {
    const document = await openSeed('seeds/harbour-bridge-en.txt');
    const diagnostics = await findingsOf(document, 'boilerplate');
    const line = lineOf(document, 'Sign up for our weekly newsletter');
    const finding = findingsOnLine(diagnostics, line, 'boilerplate')[0];
    assert.ok(finding, `a boilerplate finding on line ${line + 1}`);
    const inside = finding.range.start.line === line ? finding.range.start.translate(0, 1) : new vscode.Position(line, 1);

    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, inside);

    const text = hoverText(hovers);
    assert.ok(text.includes(codeOf(finding)), `the hover names the rule ${codeOf(finding)}:\n${text}`);
    assert.match(text, /\bboilerplate\b/);
    const explanation = text.replace(codeOf(finding), '');
    assert.match(explanation, /\p{L}{3,} \p{L}{3,} \p{L}{3,}/u, `the hover says more than the rule id:\n${text}`);
  });
});
