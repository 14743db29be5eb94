import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { MarkupContent } from 'vscode-languageserver-protocol';
import { ENGLISH_ARTICLE, ENGLISH_ARTICLE_2 } from './fixtures.js';
import { ServerHarness, fileUri, tempWorkspace } from './harness.js';

const PHRASE = 'Tap here to follow our channel';

describe('hovers over the protocol', { timeout: 60_000 }, () => {
  let server: ServerHarness;
  let root: string;

  before(async () => {
    root = tempWorkspace({ 'seeds/harbour.txt': ENGLISH_ARTICLE, 'seeds/trees.txt': ENGLISH_ARTICLE_2 });
    ({ server } = await ServerHarness.start({ workspace: root, settings: { extraBoilerplatePhrases: [PHRASE] } }));
    await server.indexed();
  });

  after(async () => {
    assert.equal(await server.stop(), 0);
  });

  it('explains the rule of the finding under the cursor', async () => {
    const uri = fileUri(join(root, 'notes/declared.seed'));
    await server.open(uri, `Local news in brief.\n${PHRASE} for more updates\n`);
    const { diagnostics } = await server.diagnostics(uri);
    const d = diagnostics.find((x) => x.range.start.line === 1);
    assert.ok(d, 'the declared phrase is flagged');
    const hover = await server.hover(uri, { line: 1, character: 3 });
    assert.ok(hover, 'a hover is returned');
    const markdown = (hover.contents as MarkupContent).value;
    assert.equal((hover.contents as MarkupContent).kind, 'markdown');
    assert.ok(markdown.includes(String(d.code)), 'the hover names the rule');
    assert.ok(markdown.includes(typeof d.message === 'string' ? d.message : d.message.value), 'the hover repeats the message');
    assert.ok(markdown.split('\n\n').length >= 3, 'the hover adds the rule description');
    assert.deepEqual(hover.range, d.range);
  });

  it('links the other workspace file that repeats a line: [file:line](file:///…#Lline)', async () => {
    const uri = fileUri(join(root, 'seeds/harbour.txt'));
    await server.open(uri, ENGLISH_ARTICLE);
    const { diagnostics } = await server.diagnostics(uri);
    const readMore = diagnostics.find((x) => x.range.start.line === 5);
    assert.ok(readMore, `"Read more" is flagged: ${JSON.stringify(diagnostics)}`);
    const other = fileUri(join(root, 'seeds/trees.txt'));
    const hover = await server.hover(uri, { line: 5, character: 2 });
    const markdown = (hover?.contents as MarkupContent | undefined)?.value ?? '';
    // "Read more" is line 3 of trees.txt.
    assert.ok(markdown.includes(`[seeds/trees.txt:3](${other}#L3)`), markdown);
    assert.match(markdown, /Also in 1 other document\b/u);
  });

  it('answers null where no finding and no source’s name is', async () => {
    const uri = fileUri(join(root, 'seeds/harbour.txt'));
    const { diagnostics } = await server.diagnostics(uri);
    const free = ENGLISH_ARTICLE.split('\n').findIndex(
      (text, line) => text.length > 0 && !diagnostics.some((d) => d.range.start.line <= line && line <= d.range.end.line),
    );
    assert.ok(free >= 0, 'some line of the article has no finding');
    // The line's end: its start may name a source ("The union said …"), which has a hover of its own.
    assert.equal(await server.hover(uri, { line: free, character: ENGLISH_ARTICLE.split('\n')[free]!.length - 1 }), null);
  });

  it('answers null for a document it does not know', async () => {
    assert.equal(await server.hover(fileUri(join(root, 'never-opened.seed')), { line: 0, character: 0 }), null);
  });
});

describe('hovers on a line repeated across many documents', { timeout: 60_000 }, () => {
  it('count every document and link the first twenty', async () => {
    const files: Record<string, string> = { 'seeds/harbour.txt': ENGLISH_ARTICLE };
    for (let i = 0; i < 25; i++) {
      files[`seeds/site/${String(i).padStart(2, '0')}.txt`] = `Council notice number ${i} about road works on Elm Street.\nRead more\n`;
    }
    const root = tempWorkspace(files);
    const { server } = await ServerHarness.start({ workspace: root });
    await server.indexed();
    const uri = fileUri(join(root, 'seeds/harbour.txt'));
    await server.open(uri, ENGLISH_ARTICLE);
    await server.diagnostics(uri);
    const markdown = ((await server.hover(uri, { line: 5, character: 1 }))?.contents as MarkupContent | undefined)?.value ?? '';
    assert.match(markdown, /Also in 25 other documents/u);
    assert.equal(markdown.match(/\]\(file:\/\/\/[^)]+#L2\)/gu)?.length, 20, markdown);
    assert.match(markdown, /… and 5 more/u);
    assert.equal(await server.stop(), 0);
  });
});
