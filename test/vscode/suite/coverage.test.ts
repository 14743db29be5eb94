import * as assert from 'node:assert/strict';
import { suite, suiteSetup, test } from 'mocha';
import * as vscode from 'vscode';
import type { CoverageNode } from '../../../client/src/coverageView';
import type { SourceReviewApi } from '../../../client/src/extension';
import { until } from './waitFor';
import { EXTENSION_ID, lineOf, openSeed } from './workspace';

/** The two reports of one event by two outlets, in English and in Russian (test/vscode/workspace/seeds). */
const EN_REPORT = 'seeds/narva-crossing-en.txt';
const RU_REPORT = 'seeds/narva-crossing-ru.txt';
const EN_OUTLET = 'The Riverside Gazette';
const RU_OUTLET = 'Вечерний Порт';

/** The extension's API, once it is active and its server has indexed and linked the workspace. */
async function settledApi(): Promise<SourceReviewApi> {
  await openSeed(EN_REPORT);
  const extension = vscode.extensions.getExtension<SourceReviewApi>(EXTENSION_ID);
  assert.ok(extension);
  await until(() => extension.isActive, `${EXTENSION_ID} to activate`);
  const api = extension.exports;
  await until(() => api.status()?.busy === false && (api.status()?.events ?? 0) > 0, 'the server to report linked events and go idle');
  return api;
}

/** The tree item of a node, with its label as a string. */
function labelOf(api: SourceReviewApi, node: CoverageNode): string {
  const label = api.coverageTree.getTreeItem(node).label;
  return typeof label === 'string' ? label : (label?.label ?? '');
}

/** Like {@link until}, for a condition that has to ask (the coverage tree fetches from the server). */
async function untilAsync(condition: () => Promise<boolean>, what: string): Promise<void> {
  let met = false;
  const check = (): void => {
    void condition().then((ok) => {
      met = ok;
    });
  };
  check();
  await until(() => {
    if (!met) {
      check();
    }
    return met;
  }, what, undefined, 250);
}

async function childrenOf(api: SourceReviewApi, node?: CoverageNode): Promise<CoverageNode[]> {
  return (await api.coverageTree.getChildren(node)) ?? [];
}

suite('Status and event coverage', () => {
  let api: SourceReviewApi;

  suiteSetup(async () => {
    api = await settledApi();
  });

  test('the status bar item counts the corpus\'s seeds and the linked events', async () => {
    const seeds = await vscode.workspace.findFiles('seeds/*.txt');
    const status = api.status();
    assert.ok(status);
    assert.equal(status.documents, seeds.length);
    assert.match(api.statusText(), new RegExp(`\\b${seeds.length} docs, ${status.events} events?\\b`, 'u'));
    assert.doesNotMatch(api.statusText(), /~spin/u, 'no spinner once idle');
  });

  test('Show Event Coverage reveals the Event Coverage view', async () => {
    await vscode.commands.executeCommand('sourceReview.showEventCoverage');
    await until(() => api.coverageVisible(), 'the Event Coverage view to be visible');
  });

  test('the coverage tree lists the crossing ban under both outlets, each with its language', async () => {
    const events = await childrenOf(api);
    const outletsOf = async (event: CoverageNode): Promise<string[]> => (await childrenOf(api, event)).map((o) => labelOf(api, o));
    let found: CoverageNode | undefined;
    for (const event of events.filter((e) => e.kind === 'event')) {
      const outlets = await outletsOf(event);
      if (outlets.includes(EN_OUTLET) && outlets.includes(RU_OUTLET)) {
        found = event;
      }
    }
    assert.ok(found, `an event reported by ${EN_OUTLET} and ${RU_OUTLET} among ${events.map((e) => labelOf(api, e)).join('; ')}`);
    const russian = (await childrenOf(api, found)).find((o) => labelOf(api, o) === RU_OUTLET)!;
    assert.match(String(api.coverageTree.getTreeItem(russian).description), /^ru · \d+ mentions?$/u);
  });

  test('clicking a mention in the coverage tree opens its document at the sentence', async () => {
    const events = (await childrenOf(api)).filter((e) => e.kind === 'event');
    const outlets = (await Promise.all(events.map((e) => childrenOf(api, e)))).flat();
    const russian = outlets.find((o) => labelOf(api, o) === RU_OUTLET);
    assert.ok(russian);
    const mention = (await childrenOf(api, russian)).find((m) => m.kind === 'mention' && /сообщило министерство/u.test(labelOf(api, m)));
    assert.ok(mention, 'the body sentence of the Russian report is a mention');
    const command = api.coverageTree.getTreeItem(mention).command;
    assert.ok(command);

    await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));

    await until(() => vscode.window.activeTextEditor?.document.uri.path.endsWith(RU_REPORT) === true, `${RU_REPORT} in the active editor`);
    const editor = vscode.window.activeTextEditor!;
    assert.equal(editor.selection.start.line, lineOf(editor.document, 'сообщило министерство'));
  });

  test('seeds no other outlet reports stand out under "Only in one outlet"', async () => {
    const lonely = (await childrenOf(api)).find((n) => n.kind === 'lonely');
    assert.ok(lonely, 'an "Only in one outlet" group');
    const item = api.coverageTree.getTreeItem(lonely);
    assert.ok(item.iconPath instanceof vscode.ThemeIcon && item.iconPath.id === 'warning');
    const documents = (await childrenOf(api, lonely)).map((n) => labelOf(api, n));
    assert.ok(documents.includes('tram-depot-en.txt'), documents.join(', '));
    assert.ok(!documents.includes('narva-crossing-en.txt'), 'a report another outlet shares is not lonely');
  });

  test('hovering the English report\'s sentence lists the Russian outlet\'s report of the same event', async () => {
    const document = await openSeed(EN_REPORT);
    const line = lineOf(document, 'the interior ministry in Tallinn said');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, new vscode.Position(line, 3));
    const text = hovers.flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : c.value)).join('\n');
    assert.ok(text.includes(RU_OUTLET), `the hover names ${RU_OUTLET}:\n${text}`);
    assert.match(text, /Нарве/u, 'and quotes the Russian sentence');
  });

  test('the coverage follows unsaved edits: the event leaves the tree when one report is rewritten, and returns when it is restored', async () => {
    const document = await openSeed(RU_REPORT);
    const original = document.getText();
    const eventsShown = async (): Promise<number> => (await childrenOf(api)).filter((n) => n.kind === 'event').length;
    assert.ok((await eventsShown()) > 0);
    const edit = new vscode.WorkspaceEdit();
    edit.replace(document.uri, new vscode.Range(0, 0, document.lineCount, 0), 'Поддержите Вечерний Порт!\nВ городском парке высадили сто новых лип.\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    try {
      await until(() => api.status()?.busy === false && api.status()?.events === 0, 'the server to unlink the rewritten report');
      await untilAsync(async () => (await eventsShown()) === 0, 'the coverage tree to drop the event');
    } finally {
      const restore = new vscode.WorkspaceEdit();
      restore.replace(document.uri, new vscode.Range(0, 0, document.lineCount, 0), original);
      await vscode.workspace.applyEdit(restore);
      await document.save();
    }
    assert.equal(document.getText(), original);
    await until(() => (api.status()?.events ?? 0) > 0, 'the event to be linked again after the text is restored');
    await untilAsync(async () => (await eventsShown()) > 0, 'the coverage tree to list the event again');
  });

  test('Re-index Corpus rebuilds the index and the status settles on the same counts', async () => {
    const before = api.status();
    assert.ok(before);
    const result = await vscode.commands.executeCommand<{ documents: number; events: number } | null>('sourceReview.reindexCorpus');
    assert.deepEqual(result, { documents: before.documents, events: before.events });
    await until(() => api.status()?.busy === false && api.status()?.events === before.events, 'the server to go idle with the same counts');
    assert.equal(api.status()?.documents, before.documents);
  });
});
