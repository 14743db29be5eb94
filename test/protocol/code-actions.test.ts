import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  CodeActionRequest,
  type CodeAction,
  type Command,
  type Diagnostic,
  type Range,
  type TextDocumentEdit,
} from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ServerHarness, fileUri, tempWorkspace } from './harness.js';
import { scanTags } from '../../server/src/engine/tags/parse.js';
import { applyEdits, removeTagEdits } from '../../server/src/engine/tags/edits.js';

/** A fresh English article with a donation appeal, a "Read more" line and a newsletter line. */
const ARTICLE = [
  'Ferry crews in Harwich returned to work on Thursday after a two-day stoppage over rotas.',
  'The company said all crossings would run to the timetable from Friday morning.',
  '',
  'Support us! Donate now to keep our independent journalism free for every reader.',
  '',
  'Read more',
  '',
  'Sign up for our weekly newsletter and get the top stories in your inbox every Friday.',
  '',
].join('\n');

describe('code actions over the protocol', { timeout: 90_000 }, () => {
  let server: ServerHarness;
  let root: string;
  let capabilities: unknown;

  before(async () => {
    root = tempWorkspace({});
    const started = await ServerHarness.start({ workspace: root });
    server = started.server;
    capabilities = started.init.capabilities.codeActionProvider;
  });

  after(async () => {
    assert.equal(await server.stop(), 0);
  });

  /** Asks for code actions at `range`, sending the diagnostics there as the editor does. */
  async function actionsAt(uri: string, range: Range, diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]> {
    const result = await server.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range,
      context: { diagnostics, ...(only ? { only } : {}) },
    });
    return (result ?? []).filter((a): a is CodeAction => !isCommand(a));
  }

  /** The text after applying an action's edit, checking it is pinned to `version`. */
  function applied(action: CodeAction, uri: string, text: string, version: number): string {
    const change = action.edit?.documentChanges?.[0] as TextDocumentEdit | undefined;
    assert.ok(change, `${action.title}: a documentChanges edit`);
    assert.equal(change.textDocument.uri, uri);
    assert.equal(change.textDocument.version, version, `${action.title}: pinned to the analysed version`);
    const edits = change.edits.map((e) => {
      assert.ok('newText' in e, 'a plain text edit');
      return { range: e.range, newText: e.newText };
    });
    return TextDocument.applyEdits(TextDocument.create(uri, 'seed', version, text), edits);
  }

  async function openArticle(name: string, text = ARTICLE): Promise<{ uri: string; diagnostics: Diagnostic[] }> {
    const uri = fileUri(join(root, name));
    await server.open(uri, text);
    return { uri, diagnostics: (await server.diagnostics(uri)).diagnostics };
  }

  it('declares quick fixes, rewrites and the fix-all source action', () => {
    const kinds = (capabilities as { codeActionKinds: string[] }).codeActionKinds;
    for (const kind of ['quickfix', 'refactor.rewrite', 'source.fixAll.sourceReview']) {
      assert.ok(kinds.includes(kind), kind);
    }
  });

  it('offers tagging, removal and tag-all on a boilerplate finding, the finding’s own kind preferred', async () => {
    const { uri, diagnostics } = await openArticle('appeal.seed');
    const appeal = diagnostics.find((d) => d.range.start.line === 3 && String(d.code).startsWith('boilerplate/'));
    assert.ok(appeal, JSON.stringify(diagnostics.map((d) => [d.code, d.range.start.line])));
    const actions = await actionsAt(uri, appeal.range, [appeal]);
    const titles = actions.map((a) => a.title);
    for (const title of ['Tag as boilerplate', 'Tag as comment', 'Tag as unattributed', 'Remove this boilerplate']) {
      assert.ok(titles.includes(title), `${title} in ${JSON.stringify(titles)}`);
    }
    const boilerplateCount = diagnostics.filter((d) => String(d.code).startsWith('boilerplate/')).length;
    assert.ok(titles.includes(`Tag all ${boilerplateCount} boilerplate findings in this file`), JSON.stringify(titles));
    assert.deepEqual(
      actions.filter((a) => a.isPreferred).map((a) => a.title),
      ['Tag as boilerplate'],
    );
    const tag = actions.find((a) => a.title === 'Tag as boilerplate')!;
    assert.deepEqual(tag.diagnostics, [appeal], 'the fix is linked to the diagnostic the editor sent');
    const line = ARTICLE.split('\n')[3]!;
    assert.equal(applied(tag, uri, ARTICLE, 1), ARTICLE.replace(line, `<!-- review:boilerplate -->${line}<!-- /review -->`));
  });

  it('removes exactly the flagged line and the blank line it leaves', async () => {
    const { uri, diagnostics } = await openArticle('remove.seed');
    const readMore = diagnostics.find((d) => d.range.start.line === 5)!;
    const actions = await actionsAt(uri, readMore.range, [readMore]);
    const remove = actions.find((a) => a.title === 'Remove this boilerplate')!;
    assert.equal(applied(remove, uri, ARTICLE, 1), ARTICLE.replace('Read more\n\n', ''));
  });

  it('fix-all tags every boilerplate finding, deletes nothing, and the findings are gone', async () => {
    const { uri, diagnostics } = await openArticle('fixall.seed');
    const actions = await actionsAt(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [], ['source.fixAll']);
    assert.deepEqual(
      actions.map((a) => a.kind),
      ['source.fixAll.sourceReview'],
    );
    const fixed = applied(actions[0]!, uri, ARTICLE, 1);
    const scan = scanTags(fixed);
    assert.equal(scan.problems.length, 0);
    const boilerplate = diagnostics.filter((d) => String(d.code).startsWith('boilerplate/'));
    assert.equal(scan.tags.length, boilerplate.length);
    assert.ok(scan.tags.every((t) => t.kind === 'boilerplate'));
    const untagged = scan.tags.reduceRight((text, tag) => applyEdits(text, removeTagEdits(text, tag)), fixed);
    assert.equal(untagged, ARTICLE, 'only tags were inserted');
    await server.change(uri, [{ text: fixed }]);
    const after = await server.diagnostics(uri);
    assert.deepEqual(after.diagnostics.filter((d) => String(d.code).startsWith('boilerplate/')), []);
  });

  it('fix-all is not offered unless asked for', async () => {
    const { uri, diagnostics } = await openArticle('noask.seed');
    const actions = await actionsAt(uri, diagnostics[0]!.range, diagnostics.slice(0, 1));
    assert.ok(actions.length > 0);
    assert.ok(actions.every((a) => !a.kind?.startsWith('source')));
  });

  it('fixes an unknown tag kind and the tag diagnostic goes away', async () => {
    const text = 'The minister resigned on Monday.\n\n<!-- review:boilerplat -->Share this story<!-- /review -->\n';
    const { uri, diagnostics } = await openArticle('unknown.seed', text);
    const problem = diagnostics.find((d) => d.code === 'tag/unknown-kind');
    assert.ok(problem, JSON.stringify(diagnostics));
    const actions = await actionsAt(uri, problem.range, [problem], ['quickfix']);
    const fix = actions.find((a) => a.title === 'Change the kind to "boilerplate"');
    assert.ok(fix, JSON.stringify(actions.map((a) => a.title)));
    assert.deepEqual(fix.diagnostics, [problem]);
    const fixed = applied(fix, uri, text, 1);
    assert.equal(fixed, text.replace('boilerplat ', 'boilerplate '));
    await server.change(uri, [{ text: fixed }]);
    assert.deepEqual((await server.diagnostics(uri)).diagnostics.filter((d) => String(d.code).startsWith('tag/')), []);
  });

  it('removes a tag from inside its span, leaving the tagged text as it was', async () => {
    const text = 'Сегодня в Казани открыли мост.\n\n<!-- review:note note="проверить" -->Фото: пресс-служба<!-- /review -->\n';
    const { uri } = await openArticle('remove-tag.seed', text);
    const inside = { line: 2, character: 45 };
    const actions = await actionsAt(uri, { start: inside, end: inside }, []);
    const removal = actions.find((a) => a.title === 'Remove the review:note tag');
    assert.ok(removal, JSON.stringify(actions.map((a) => a.title)));
    assert.equal(removal.kind, 'refactor.rewrite');
    assert.equal(applied(removal, uri, text, 1), 'Сегодня в Казани открыли мост.\n\nФото: пресс-служба\n');
  });

  it('offers "Tag selection as …" for every kind on a selection, and none on an empty one', async () => {
    const { uri } = await openArticle('selection.seed');
    const selection = { start: { line: 1, character: 0 }, end: { line: 1, character: 11 } };
    const actions = await actionsAt(uri, selection, [], ['refactor']);
    const titles = actions.map((a) => a.title);
    for (const kind of ['boilerplate', 'comment', 'unattributed', 'attributed', 'note']) {
      assert.ok(titles.includes(`Tag selection as ${kind}`), kind);
    }
    const tagged = applied(actions.find((a) => a.title === 'Tag selection as attributed')!, uri, ARTICLE, 1);
    assert.ok(tagged.includes('\n<!-- review:attributed -->The company<!-- /review --> said all crossings'));
    const empty = await actionsAt(uri, { start: selection.start, end: selection.start }, [], ['refactor']);
    assert.ok(empty.every((a) => !a.title.startsWith('Tag selection')));
  });

  it('never offers an edit pinned to a version older than the document', async () => {
    const { uri, diagnostics } = await openArticle('stale.seed');
    const version = await server.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'Breaking: ' }]);
    const actions = await actionsAt(uri, diagnostics[0]!.range, diagnostics);
    assert.ok(actions.some((a) => a.title === 'Tag as boilerplate'), 'the request waits for the current version’s analysis');
    for (const action of actions) {
      const change = action.edit?.documentChanges?.[0] as TextDocumentEdit | undefined;
      assert.equal(change?.textDocument.version, version, action.title);
    }
  });
});

function isCommand(a: CodeAction | Command): a is Command {
  return typeof (a as Command).command === 'string';
}
