import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ENGLISH_ARTICLE, ENGLISH_ARTICLE_2 } from './fixtures.js';
import { ServerHarness, fileUri, tempWorkspace } from './harness.js';

/** The harbour article with its "Read more" line (line 6) edited away. */
const HARBOUR_EDITED = ENGLISH_ARTICLE.replace('Read more\n', 'Tides were higher than usual that week.\n');

describe('open documents override their files on disk', { timeout: 60_000 }, () => {
  let server: ServerHarness;
  let root: string;
  let harbour: string;
  let trees: string;

  before(async () => {
    root = tempWorkspace({ 'seeds/harbour.txt': ENGLISH_ARTICLE, 'seeds/trees.txt': ENGLISH_ARTICLE_2 });
    ({ server } = await ServerHarness.start({ workspace: root }));
    await server.indexed();
    harbour = fileUri(join(root, 'seeds/harbour.txt'));
    trees = fileUri(join(root, 'seeds/trees.txt'));
    await server.open(trees, ENGLISH_ARTICLE_2);
    await server.diagnostics(trees);
  });

  after(async () => {
    assert.equal(await server.stop(), 0);
  });

  async function treesReadMoreHover(): Promise<string> {
    const hover = await server.hover(trees, { line: 2, character: 1 });
    return (hover?.contents as { value?: string } | undefined)?.value ?? '';
  }

  it('links a line repeated in a file on disk', async () => {
    assert.ok((await treesReadMoreHover()).includes(`(${harbour}#L6)`));
  });

  it('uses the editor text of an open document instead, and re-publishes documents that shared its lines', async () => {
    server.forget();
    await server.open(harbour, HARBOUR_EDITED);
    await server.diagnostics(trees, () => true); // trees shared "Read more" with the old text
    assert.ok(!(await treesReadMoreHover()).includes('harbour.txt'));
  });

  it('falls back to the disk content when the document closes', async () => {
    server.forget();
    await server.close(harbour);
    await server.diagnostics(harbour, (p) => p.diagnostics.length === 0); // cleared on close
    await server.diagnostics(trees, () => true);
    assert.ok((await treesReadMoreHover()).includes(`(${harbour}#L6)`));
  });
});
