import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeSeed } from '../../server/src/engine/decode.js';

const RU = 'Городские власти сообщили, что новый мост откроют весной.';

function encodeLegacy(text: string, table: Record<string, number>): Uint8Array {
  return Uint8Array.from([...text].map((ch) => table[ch] ?? ch.charCodeAt(0)));
}

function tableFor(encoding: string): Record<string, number> {
  const decoder = new TextDecoder(encoding);
  const table: Record<string, number> = {};
  for (let b = 0x80; b <= 0xff; b++) {
    table[decoder.decode(Uint8Array.of(b))] = b;
  }
  return table;
}

test('UTF-8 decodes as is, and a BOM is dropped with a note', () => {
  const plain = decodeSeed(new TextEncoder().encode(RU));
  assert.deepEqual(plain, { ok: true, text: RU, encoding: 'utf-8' });
  const bom = decodeSeed(Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(RU)]));
  assert.equal(bom.ok && bom.text, RU);
  assert.ok(bom.ok && bom.note);
});

test('Windows-1251 and KOI8-R Russian are recognised and decoded with a note', () => {
  for (const encoding of ['windows-1251', 'koi8-r']) {
    const r = decodeSeed(encodeLegacy(RU, tableFor(encoding)));
    assert.ok(r.ok, encoding);
    assert.equal(r.text, RU, encoding);
    assert.equal(r.encoding, encoding);
    assert.match(r.note ?? '', /not utf-8/i);
  }
});

test('UTF-16 with a byte order mark decodes', () => {
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(RU, 'utf16le')]);
  const r = decodeSeed(le);
  assert.ok(r.ok);
  assert.equal(r.text, RU);
});

test('binary data with NUL bytes is refused with a message', () => {
  const r = decodeSeed(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x14]));
  assert.equal(r.ok, false);
  assert.match(!r.ok ? r.error : '', /binary/i);
});

test('invalid UTF-8 that is not Cyrillic either is refused', () => {
  const r = decodeSeed(Uint8Array.from([0x61, 0x62, 0xc3, 0x28, 0xa0, 0xa1, 0x41]));
  assert.equal(r.ok, false);
});
