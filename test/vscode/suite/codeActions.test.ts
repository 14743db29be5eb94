import * as assert from 'node:assert/strict';
import { suite, test } from 'mocha';
import * as vscode from 'vscode';
import { codeOf, diagnosticsWhere } from './waitFor';
import { DIAGNOSTIC_SOURCE, categoryOf, findingsOf, findingsOnLine, lineOf, openSeed } from './workspace';

const SEED = 'seeds/harbour-bridge-en.txt';

/** The code actions VS Code collects for `range` of `document`, of `kind`. */
async function actionsAt(document: vscode.TextDocument, range: vscode.Range, kind: vscode.CodeActionKind): Promise<vscode.CodeAction[]> {
  return (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, range, kind.value)) ?? [];
}

/** Reverts the document so the next test sees the workspace as it was. */
async function revert(document: vscode.TextDocument): Promise<void> {
  await vscode.window.showTextDocument(document);
  await vscode.commands.executeCommand('workbench.action.files.revert');
  assert.equal(document.isDirty, false);
}

suite('Code actions', () => {
  test('a boilerplate finding offers "Tag as boilerplate" as the preferred quick fix, and applying it tags exactly the flagged text', async () => {
    const document = await openSeed(SEED);
    const line = lineOf(document, 'Support us — donate');
    const finding = findingsOnLine(await findingsOf(document, 'boilerplate'), line, 'boilerplate')[0];
    assert.ok(finding, 'the donation appeal is flagged');
    const flagged = document.getText(finding.range);
    const actions = await actionsAt(document, finding.range, vscode.CodeActionKind.QuickFix);
    const tag = actions.find((a) => a.title === 'Tag as boilerplate');
    assert.ok(tag?.edit, `offered: ${actions.map((a) => a.title).join(', ')}`);
    assert.equal(tag.isPreferred, true);
    assert.ok(actions.some((a) => a.title === 'Remove this boilerplate'));
    try {
      assert.ok(await vscode.workspace.applyEdit(tag.edit));
      assert.ok(document.lineAt(line).text.includes(`<!-- review:boilerplate -->${flagged}<!-- /review -->`), document.lineAt(line).text);
      await diagnosticsWhere(
        document.uri,
        (diagnostics) => !diagnostics.some((d) => d.source === DIAGNOSTIC_SOURCE && categoryOf(d) === 'boilerplate' && d.range.start.line === line),
        'no boilerplate finding left on the tagged line',
      );
    } finally {
      await revert(document);
    }
  });

  test('the fix-all source action tags the boilerplate and no boilerplate finding is left', async () => {
    const document = await openSeed(SEED);
    await findingsOf(document, 'boilerplate');
    const [fixAll] = await actionsAt(document, new vscode.Range(0, 0, 0, 0), vscode.CodeActionKind.SourceFixAll);
    assert.ok(fixAll?.edit, 'a fix-all action is offered');
    assert.equal(fixAll.kind?.value, 'source.fixAll.sourceReview');
    try {
      assert.ok(await vscode.workspace.applyEdit(fixAll.edit));
      assert.ok(document.getText().includes('<!-- review:boilerplate -->'));
      await diagnosticsWhere(
        document.uri,
        (diagnostics) => !diagnostics.some((d) => d.source === DIAGNOSTIC_SOURCE && categoryOf(d) === 'boilerplate'),
        'no boilerplate finding after fix-all',
      );
    } finally {
      await revert(document);
    }
  });

  test('"Tag Selection as…" with a kind and a note tags the selected words', async () => {
    const document = await openSeed(SEED);
    await findingsOf(document, 'boilerplate');
    const editor = await vscode.window.showTextDocument(document);
    const line = lineOf(document, 'Support us — donate');
    const start = document.lineAt(line).text.indexOf('Support us');
    editor.selection = new vscode.Selection(line, start, line, start + 'Support us'.length);
    try {
      assert.equal(await vscode.commands.executeCommand('sourceReview.tagSelection', 'note', 'site "chrome"'), true);
      assert.ok(
        document.lineAt(line).text.includes('<!-- review:note note="site \\"chrome\\"" -->Support us<!-- /review -->'),
        document.lineAt(line).text,
      );
    } finally {
      await revert(document);
    }
  });

  test('a malformed tag gets a tag diagnostic with a quick fix', async () => {
    const content = ['The ferry timetable changes on Monday.', '<!-- review:boilerplat -->Read more<!-- /review -->', ''].join('\n');
    const document = await vscode.workspace.openTextDocument({ language: 'seed', content });
    await vscode.window.showTextDocument(document);
    try {
      const diagnostics = await diagnosticsWhere(document.uri, (ds) => ds.some((d) => codeOf(d) === 'tag/unknown-kind'), 'a tag/unknown-kind diagnostic');
      const problem = diagnostics.find((d) => codeOf(d) === 'tag/unknown-kind')!;
      const actions = await actionsAt(document, problem.range, vscode.CodeActionKind.QuickFix);
      const fix = actions.find((a) => a.title === 'Change the kind to "boilerplate"');
      assert.ok(fix?.edit, `offered: ${actions.map((a) => a.title).join(', ')}`);
      assert.ok(await vscode.workspace.applyEdit(fix.edit));
      assert.equal(document.lineAt(1).text, '<!-- review:boilerplate -->Read more<!-- /review -->');
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });
});
