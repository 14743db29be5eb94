import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { DidChangeWorkspaceFoldersNotification } from 'vscode-languageserver-protocol';
import { ENGLISH_ARTICLE, ENGLISH_ARTICLE_2 } from './fixtures.js';
import { ServerHarness, fileUri, tempWorkspace } from './harness.js';

describe('workspace folders added and removed', { timeout: 60_000 }, () => {
  let server: ServerHarness;
  let first: string;
  let second: string;

  before(async () => {
    first = tempWorkspace({ 'seeds/harbour.txt': ENGLISH_ARTICLE });
    second = tempWorkspace({ 'seeds/trees.txt': ENGLISH_ARTICLE_2 });
    ({ server } = await ServerHarness.start({ workspace: first }));
    await server.indexed();
    await server.open(fileUri(join(first, 'seeds/harbour.txt')), ENGLISH_ARTICLE);
    await server.diagnostics(fileUri(join(first, 'seeds/harbour.txt')));
  });

  after(async () => {
    assert.equal(await server.stop(), 0);
  });

  async function readMoreHover(): Promise<string> {
    const hover = await server.hover(fileUri(join(first, 'seeds/harbour.txt')), { line: 5, character: 1 });
    return (hover?.contents as { value?: string } | undefined)?.value ?? '';
  }

  it('indexes the seeds of an added folder', async () => {
    assert.ok(!(await readMoreHover()).includes('trees.txt'), 'not linked before the folder is added');
    server.forget();
    await server.connection.sendNotification(DidChangeWorkspaceFoldersNotification.type, {
      event: { added: [{ uri: fileUri(second), name: 'second' }], removed: [] },
    });
    await server.message('log', /indexed 1 of 1 seeds in 1 folder/u);
    const markdown = await readMoreHover();
    assert.ok(markdown.includes(`(${fileUri(join(second, 'seeds/trees.txt'))}#L3)`), markdown);
  });

  it('forgets the seeds of a removed folder', async () => {
    await server.connection.sendNotification(DidChangeWorkspaceFoldersNotification.type, {
      event: { added: [], removed: [{ uri: fileUri(second), name: 'second' }] },
    });
    await server.republishedAfter(/workspace folders changed/u, fileUri(join(first, 'seeds/harbour.txt')));
    assert.ok(!(await readMoreHover()).includes('trees.txt'));
  });
});
