import assert from 'node:assert/strict';
import { readFileSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { encodeLegacy, encodeUtf16 } from '../cli/helpers.js';
import { THREE_LINE_PARAGRAPH } from './fixtures.js';
import { ServerHarness, fileUri, tempWorkspace } from './harness.js';

// Hostile inputs that bad-input.test.ts (empty, 10 MB, a 1 MB line, NUL, lone surrogates, CRLF),
// encoding.test.ts (Windows-1251 shown as UTF-8) and corpus.test.ts (binary seeds, symlink loops)
// do not already cover.

const APPEAL = 'Support our journalism! Donate now.';

describe('hostile documents opened in the editor', { timeout: 180_000 }, () => {
  let server: ServerHarness;
  let healthy: string;

  before(async () => {
    ({ server } = await ServerHarness.start({}));
    healthy = 'untitled:healthy';
    await server.open(healthy, THREE_LINE_PARAGRAPH);
    await server.diagnostics(healthy);
  });

  after(async () => {
    assert.equal(await server.stop(), 0);
  });

  async function stillAnswers(): Promise<void> {
    assert.ok(server.alive, server.errorOutput);
    assert.deepEqual((await server.folding(healthy))?.map((r) => [r.startLine, r.endLine]), [[0, 2]]);
  }

  it('gives a whitespace-only document no diagnostics, folds and hovers', async () => {
    const uri = 'untitled:blank';
    await server.open(uri, ' \n\t\n\r\n\u00A0\u3000\n');
    assert.deepEqual((await server.diagnostics(uri)).diagnostics, []);
    assert.deepEqual(await server.folding(uri), []);
    assert.equal(await server.hover(uri, { line: 1, character: 0 }), null);
    await stillAnswers();
  });

  it('skips a single 2 MB line with the too-large notice (over the 2 million character limit)', async () => {
    const uri = 'untitled:one-line';
    const text = 'The ferry left the harbour at noon. '.repeat(Math.ceil((2 * 1024 * 1024) / 36));
    await server.open(uri, text);
    const { diagnostics } = await server.diagnostics(uri);
    assert.deepEqual(diagnostics.map((d) => d.code), ['document/too-large']);
    assert.match(diagnostics[0]!.message as string, /^Document too large to analyse \(2\.\d million characters; the limit is 2 million\): Source Review skipped it\./u);
    await stillAnswers();
  });

  it('analyses 100,000 short lines rule by rule, flagging the last line where it is', async () => {
    const uri = 'untitled:many-lines';
    const lines = Array.from({ length: 100_000 }, (_, i) => (i % 1000 === 999 ? APPEAL : `Pier ${i} shut.`));
    await server.open(uri, lines.join('\n'));
    await server.message('log', /analysing untitled:many-lines \(\d+ characters\) rule by rule/u);
    await stillAnswers(); // answered while the long document is being analysed
    const { diagnostics } = await server.diagnostics(uri);
    const appeals = diagnostics.filter((d) => d.code === 'boilerplate/donation-appeal').map((d) => d.range.start.line);
    assert.equal(appeals.length, 100);
    assert.equal(appeals.at(-1), 99_999);
  });

  for (const [name, prefix] of [['list items', '- '], ['block quotes', '> ']] as const) {
    it(`analyses 10,000 nested ${name} as plain lines`, async () => {
      const uri = `untitled:deep-${prefix.trim() === '-' ? 'list' : 'quote'}`;
      await server.open(uri, `${APPEAL}\n\n${prefix.repeat(10_000)}the ferry left at noon.\n`);
      const { diagnostics } = await server.diagnostics(uri);
      assert.deepEqual(diagnostics.filter((d) => d.code === 'boilerplate/donation-appeal').map((d) => d.range.start.line), [0]);
      assert.ok(diagnostics.every((d) => d.range.end.line <= 3));
      await stillAnswers();
    });
  }
});

describe('hostile files in the workspace', { timeout: 120_000 }, () => {
  const russian = 'Мэр города сообщил, что мост через реку откроют в понедельник.\nРаботы заняли почти два года.\n';
  let server: ServerHarness;
  let root: string;

  before(async () => {
    root = tempWorkspace({
      'seeds/binary.txt': Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d),
      'seeds/bad-utf8.txt': Uint8Array.of(...new TextEncoder().encode('The ferry left '), 0xc3, 0x28, 0x0a),
      'seeds/utf16.txt': encodeUtf16(`${APPEAL}\nThe ferry left at noon.\n`, 'le'),
      'seeds/cp1251.txt': encodeLegacy(russian, 'windows-1251'),
      'seeds/koi8r.txt': encodeLegacy(russian, 'koi8-r'),
      'seeds/a.txt': 'The council met on Monday about the pier.\nRead the full council minutes online\n',
      'seeds/b.txt': 'The ferry was late again on Tuesday.\nRead the full council minutes online\n',
    });
    ({ server } = await ServerHarness.start({ workspace: root }));
    await server.indexed();
  });

  after(async () => {
    assert.equal(await server.stop(), 0);
  });

  it('indexes what it can decode, with a note, and logs what it refuses', async () => {
    await server.message('log', /binary\.txt: not indexed: Binary file \(contains NUL bytes\): skipped\./u);
    await server.message('log', /bad-utf8\.txt: not indexed: Not valid UTF-8 \(first bad byte at offset 15, line 1\)/u);
    await server.message('log', /utf16\.txt: Decoded as UTF-16LE \(byte order mark\)\./u);
    await server.message('log', /cp1251\.txt: Not UTF-8: decoded as Windows-1251/u);
    await server.message('log', /koi8r\.txt: Not UTF-8: decoded as KOI8-R/u);
  });

  for (const [file, says] of [['bad-utf8.txt', /Not valid UTF-8/u], ['binary.txt', /Binary file/u], ['koi8r.txt', /KOI8-R/u]] as const) {
    it(`tells the reader why ${file}, shown by the editor with replacement characters, reads wrong`, async () => {
      const path = join(root, 'seeds', file);
      const uri = fileUri(path);
      await server.open(uri, readFileSync(path).toString('utf8'));
      const notice = (await server.diagnostics(uri)).diagnostics.find((d) => d.code === 'document/encoding');
      assert.ok(notice);
      assert.match(notice.message as string, says);
      assert.match(notice.message as string, /Reopen with Encoding/u);
      await server.close(uri);
    });
  }

  it('drops a seed that disappears before its change can be read, and re-publishes the documents that shared its lines', async () => {
    const a = fileUri(join(root, 'seeds', 'a.txt'));
    await server.open(a, readFileSync(join(root, 'seeds', 'a.txt'), 'utf8'));
    const shared = (await server.diagnostics(a)).diagnostics.filter((d) => d.code === 'boilerplate/repeated-line');
    assert.deepEqual(shared.map((d) => d.range.start.line), [1], 'the line b.txt shares is flagged first');
    const b = join(root, 'seeds', 'b.txt');
    unlinkSync(b);
    server.forget();
    await server.filesChanged([{ uri: fileUri(b), type: 2 }]); // "changed", but gone by the time it is read
    await server.message('log', /b\.txt: not indexed: .*(ENOENT|no such file)/iu);
    const after = await server.republishedAfterDiskUpdate(a);
    assert.deepEqual(after.diagnostics.filter((d) => d.code === 'boilerplate/repeated-line'), []);
    assert.ok(server.alive);
  });
});
