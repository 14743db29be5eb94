import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ARTICLE_WITH_COMMENTS, THREE_LINE_PARAGRAPH } from './fixtures.js';
import { ServerHarness, fileUri, tempWorkspace } from './harness.js';

describe('folding ranges over the protocol', { timeout: 60_000 }, () => {
  let server: ServerHarness;
  let root: string;

  before(async () => {
    root = tempWorkspace({});
    ({ server } = await ServerHarness.start({ workspace: root }));
  });

  after(async () => {
    assert.equal(await server.stop(), 0);
  });

  it('folds a paragraph that spans several lines, and not a one-line paragraph', async () => {
    const uri = fileUri(join(root, 'museum.seed'));
    await server.open(uri, THREE_LINE_PARAGRAPH);
    const ranges = await server.folding(uri);
    assert.deepEqual(
      ranges?.map((r) => [r.startLine, r.endLine]),
      [[0, 2]],
    );
  });

  it('folds the reader-comment section as one region', async () => {
    const uri = fileUri(join(root, 'beach.seed'));
    await server.open(uri, ARTICLE_WITH_COMMENTS);
    const ranges = (await server.folding(uri)) ?? [];
    const section = ranges.find((r) => r.kind === 'region' && r.startLine <= 5 && r.endLine === 16);
    assert.ok(section, `a region folds the comments through the last reply: ${JSON.stringify(ranges)}`);
    assert.ok(section.startLine >= 3, 'the article body is outside the fold');
  });

  it('folds a review tag on a line of its own down to its closing tag', async () => {
    const uri = fileUri(join(root, 'tagged.seed'));
    const text = [
      'Ferries resumed on Monday after the storm.',
      '',
      '<!-- review:boilerplate note="footer" -->',
      'Follow us on social media',
      'Share this story',
      '<!-- /review -->',
      '',
    ].join('\n');
    await server.open(uri, text);
    const ranges = (await server.folding(uri)) ?? [];
    assert.ok(ranges.some((r) => r.startLine === 2 && r.endLine === 5 && r.kind === 'region'), JSON.stringify(ranges));
  });

  it('answers an empty list for an empty document', async () => {
    const uri = fileUri(join(root, 'empty.seed'));
    await server.open(uri, '');
    assert.deepEqual(await server.folding(uri), []);
  });
});
