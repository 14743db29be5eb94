import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { FileChangeType } from 'vscode-languageserver-protocol';
import { ENGLISH_ARTICLE, ENGLISH_ARTICLE_2 } from './fixtures.js';
import { ServerHarness, fileUri, tempWorkspace, writeFile } from './harness.js';

/** Many small seeds, so indexing the workspace takes many steps. */
function manySeeds(count: number): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < count; i++) {
    files[`seeds/bulk/${String(i).padStart(4, '0')}.txt`] = `Report number ${i} on the regional water supply.\nLevels in reservoir ${i % 17} were ${40 + (i % 50)} percent.\n`;
  }
  return files;
}

describe('the workspace corpus', { timeout: 90_000 }, () => {
  let server: ServerHarness;
  let root: string;
  let outside: string;

  before(async () => {
    outside = mkdtempSync(join(tmpdir(), 'source-review-outside-'));
    writeFile(join(outside, 'elsewhere.txt'), 'A seed kept outside the workspace and linked in.\n');
    root = tempWorkspace({
      ...manySeeds(400),
      'seeds/harbour.txt': ENGLISH_ARTICLE,
      'seeds/.hidden/secret.txt': ENGLISH_ARTICLE_2,
      'node_modules/pkg/seeds/readme.txt': ENGLISH_ARTICLE_2,
      'seeds/binary.txt': new Uint8Array([0x52, 0x65, 0x00, 0x01, 0x02, 0x61, 0x64]),
    });
    mkdirSync(join(root, 'seeds/loop'));
    symlinkSync(join(root, 'seeds'), join(root, 'seeds/loop/back'), 'dir'); // a symlink loop
    symlinkSync(join(root, 'seeds/harbour.txt'), join(root, 'seeds/alias.txt')); // the same seed under a second name
    symlinkSync(outside, join(root, 'seeds/linked-out'), 'dir'); // seeds kept elsewhere, linked in
    ({ server } = await ServerHarness.start({ workspace: root }));
  });

  after(async () => {
    assert.equal(await server.stop(), 0);
    rmSync(outside, { recursive: true, force: true });
  });

  it('publishes the first open document before the whole corpus is indexed', async () => {
    const uri = fileUri(join(root, 'seeds/harbour.txt'));
    await server.open(uri, ENGLISH_ARTICLE);
    const first = await server.diagnostics(uri);
    await server.indexed();
    const firstAt = server.received.findIndex((m) => m.kind === 'diagnostics' && m.params === first);
    const endAt = server.received.findIndex((m) => m.kind === 'progress' && m.params.value.kind === 'end');
    assert.ok(firstAt < endAt, 'diagnostics came before the end of indexing');
  });

  it('reports indexing as work-done progress with rising percentages', async () => {
    await server.indexed();
    const values = server.received.flatMap((m) => (m.kind === 'progress' ? [m.params.value] : []));
    assert.equal(values[0]?.kind, 'begin');
    assert.match((values[0] as { message?: string }).message ?? '', /searching/u);
    assert.equal(values.at(-1)?.kind, 'end');
    const percentages = values.flatMap((v) => (v.kind === 'report' && v.percentage !== undefined ? [v.percentage] : []));
    assert.ok(percentages.length >= 2, 'several reports');
    assert.deepEqual([...percentages].sort((a, b) => a - b), percentages, 'percentages only rise');
    assert.equal(percentages.at(-1), 100);
    const last = [...values].reverse().find((v) => v.kind === 'report');
    assert.equal((last as { message?: string } | undefined)?.message, '403/403 seeds');
  });

  it('registers a file watcher for seeds', async () => {
    await server.indexed();
    const watcher = server.registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles');
    assert.ok(watcher, 'a watcher was registered dynamically');
  });

  it('logs a binary seed instead of failing, and skips hidden folders and node_modules', async () => {
    await server.indexed();
    const binary = await server.message('log', /binary\.txt: not indexed: Binary file/u);
    assert.match(binary, /NUL/u);
    const summary = await server.message('log', /indexed \d+ of \d+ seeds/u);
    // 400 bulk seeds, harbour.txt and the linked-in seed are read; the binary one is refused; .hidden,
    // node_modules, the loop and the alias inside the workspace are not searched.
    assert.match(summary, /indexed 402 of 403 seeds/u);
  });

  it('adds a seed created on disk to the corpus and re-publishes open documents that share its lines', async () => {
    await server.indexed();
    const uri = fileUri(join(root, 'seeds/harbour.txt'));
    const created = join(root, 'seeds/new/trees.txt');
    writeFile(created, ENGLISH_ARTICLE_2);
    server.forget();
    await server.filesChanged([{ uri: fileUri(created), type: FileChangeType.Created }]);
    await server.republishedAfterDiskUpdate(uri); // re-published because the new seed shares "Read more"
    // "Read more" is line 6 of harbour.txt and line 3 of the new seed.
    const markdown = await readMoreHover(uri);
    assert.ok(markdown.includes(`[seeds/new/trees.txt:3](${fileUri(created)}#L3)`), markdown);
  });

  it('drops a deleted seed from the corpus', async () => {
    await server.indexed();
    const uri = fileUri(join(root, 'seeds/harbour.txt'));
    const deleted = join(root, 'seeds/new/trees.txt');
    writeFile(deleted, ENGLISH_ARTICLE_2);
    server.forget();
    await server.filesChanged([{ uri: fileUri(deleted), type: FileChangeType.Created }]);
    await server.message('log', /corpus updated from disk/u);
    assert.ok((await readMoreHover(uri)).includes(fileUri(deleted)));
    server.forget();
    rmSync(deleted);
    await server.filesChanged([{ uri: fileUri(deleted), type: FileChangeType.Deleted }]);
    await server.republishedAfterDiskUpdate(uri);
    assert.ok(!(await readMoreHover(uri)).includes(fileUri(deleted)));
  });

  async function readMoreHover(uri: string): Promise<string> {
    const hover = await server.hover(uri, { line: 5, character: 2 });
    return (hover?.contents as { value?: string } | undefined)?.value ?? '';
  }
});
