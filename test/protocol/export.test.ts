import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { ExportCorpusResult } from '../../server/src/lsp/exportCorpus.js';
import { ServerHarness, fileUri, tempWorkspace } from './harness.js';

const BODY_EN =
  'The city council voted on Monday to close the old river bridge for repairs, after engineers found cracks in two of its supports. The closure will last at least eight months, the council said in a statement.\n';
const BODY_RU =
  'Работы начались ещё осенью и шли без перерыва всю зиму, несмотря на морозы и задержки с поставками металла для новых опор.\n';

describe('sourceReview/exportCorpus over the protocol', { timeout: 120_000 }, () => {
  let server: ServerHarness;
  let root: string;
  const outside = mkdtempSync(join(tmpdir(), 'source-review-export-'));
  after(() => rmSync(outside, { recursive: true, force: true }));

  const exportTo = (outUri: string, force?: boolean): Promise<ExportCorpusResult | null> =>
    server.connection.sendRequest('sourceReview/exportCorpus', { outUri, ...(force !== undefined ? { force } : {}) });

  before(async () => {
    root = tempWorkspace({
      'seeds/bridge.txt': `Support independent journalism today!\n\n${BODY_EN}`,
      'seeds/works.txt': `${BODY_RU}\n<!-- review:comment -->Отличная статья, спасибо!<!-- /review -->\n`,
      'README.md': 'Not a seed: only .txt and .md under a seeds/ folder are.\n',
    });
    ({ server } = await ServerHarness.start({ workspace: root }));
  });
  after(() => server.stop());

  it('exports the workspace seeds into a folder outside it, keeping their layout, and sums up', async () => {
    const out = join(outside, 'corpus');
    const result = await exportTo(fileUri(out));
    assert.ok(result?.ok === true, JSON.stringify(result));
    assert.equal(result.documents, 2);
    assert.deepEqual(result.failed, []);
    assert.equal(readFileSync(join(out, 'seeds/bridge.txt'), 'utf8'), BODY_EN);
    assert.equal(readFileSync(join(out, 'seeds/works.txt'), 'utf8'), BODY_RU);
    assert.equal(existsSync(join(out, 'README.md')), false, 'only seeds are exported');
    const lines = readFileSync(join(out, 'annotations.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { path: string; cleanPath: string; language: string });
    assert.deepEqual(
      lines.map((l) => [l.path, l.cleanPath, l.language]),
      [
        ['seeds/bridge.txt', 'seeds/bridge.txt', 'en'],
        ['seeds/works.txt', 'seeds/works.txt', 'ru'],
      ],
    );
    assert.equal(result.annotationsUri, fileUri(join(out, 'annotations.jsonl')));
    const begin = server.received.find((m) => m.kind === 'progress' && m.params.value.kind === 'begin' && m.params.value.title === 'Source Review: exporting the clean corpus');
    assert.ok(begin?.kind === 'progress', 'the export reports work-done progress');
    assert.ok(
      server.received.some((m) => m.kind === 'progress' && m.params.token === begin.params.token && m.params.value.kind === 'end'),
      'and ends it',
    );
  });

  it('refuses a folder inside the workspace and writes nothing there', async () => {
    const result = await exportTo(fileUri(join(root, 'export')));
    assert.ok(result?.ok === false);
    assert.equal(result.reason, 'inside-sources');
    assert.equal(existsSync(join(root, 'export')), false);
  });

  it('refuses a non-empty folder unless forced, then replaces only its own files', async () => {
    const out = join(outside, 'busy');
    mkdirSync(out);
    writeFileSync(join(out, 'notes.md'), 'keep me');
    const refused = await exportTo(fileUri(out));
    assert.ok(refused?.ok === false);
    assert.equal(refused.reason, 'not-empty');
    assert.equal(existsSync(join(out, 'annotations.jsonl')), false);
    const forced = await exportTo(fileUri(out), true);
    assert.ok(forced?.ok === true, JSON.stringify(forced));
    assert.equal(readFileSync(join(out, 'notes.md'), 'utf8'), 'keep me');
    assert.equal(readFileSync(join(out, 'seeds/bridge.txt'), 'utf8'), BODY_EN);
  });

  it('refuses an output folder that is not on the file system', async () => {
    const result = await exportTo('untitled:corpus');
    assert.ok(result?.ok === false);
    assert.equal(result.reason, 'not-a-file-uri');
  });
});
