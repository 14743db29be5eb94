import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ServerHarness, fileUri, tempWorkspace } from './harness.js';

/** Windows-1251 bytes of a text of ASCII and Russian letters. */
function windows1251(text: string): Uint8Array {
  return Uint8Array.from([...text], (ch) => {
    const c = ch.charCodeAt(0);
    if (c < 0x80) {
      return c;
    }
    if (c >= 0x410 && c <= 0x44f) {
      return c - 0x410 + 0xc0;
    }
    if (ch === 'Ё' || ch === 'ё') {
      return ch === 'Ё' ? 0xa8 : 0xb8;
    }
    throw new Error(`not in the test's Windows-1251 table: ${ch}`);
  });
}

const RUSSIAN = 'В Твери отремонтировали старую водонапорную башню.\nРаботы заняли почти два года.\n';

describe('files the editor decoded with the wrong encoding', { timeout: 60_000 }, () => {
  let server: ServerHarness;
  let root: string;

  before(async () => {
    root = tempWorkspace({ 'seeds/tver.txt': windows1251(RUSSIAN), 'seeds/utf8.txt': RUSSIAN });
    ({ server } = await ServerHarness.start({ workspace: root }));
    await server.indexed();
  });

  after(async () => {
    assert.equal(await server.stop(), 0);
  });

  it('are indexed from disk in their legacy encoding, with a note in the log', async () => {
    await server.message('log', /tver\.txt: Not UTF-8: decoded as Windows-1251/u);
  });

  it('get a notice when the editor shows them as UTF-8 with replacement characters', async () => {
    const path = join(root, 'seeds/tver.txt');
    const asTheEditorSeesIt = readFileSync(path).toString('utf8');
    assert.ok(asTheEditorSeesIt.includes('\uFFFD'));
    await server.open(fileUri(path), asTheEditorSeesIt);
    const { diagnostics } = await server.diagnostics(fileUri(path));
    const notice = diagnostics.find((d) => d.code === 'document/encoding');
    assert.ok(notice, JSON.stringify(diagnostics));
    assert.match(notice.message as string, /Windows-1251/u);
    assert.deepEqual(notice.range.start, { line: 0, character: 0 });
  });

  it('get no notice when opened with the right encoding, nor does a UTF-8 file', async () => {
    const legacy = fileUri(join(root, 'seeds/tver.txt'));
    await server.close(legacy);
    await server.open(legacy, RUSSIAN, 2);
    const utf8 = fileUri(join(root, 'seeds/utf8.txt'));
    await server.open(utf8, RUSSIAN);
    for (const uri of [legacy, utf8]) {
      const { diagnostics } = await server.diagnostics(uri);
      assert.ok(!diagnostics.some((d) => d.code === 'document/encoding'), uri);
    }
  });
});
