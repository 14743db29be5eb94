import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { checkJson, checkOne, encodeLegacy, encodeUtf16, ENGLISH_SEED, RUSSIAN_SEED, tempTree, type JsonFileEntry } from './helpers.js';

type FileEntry = JsonFileEntry;
interface Output {
  files: FileEntry[];
}


/** The checked file's findings as comparable strings. */
const findings = (file: FileEntry) =>
  file.diagnostics.map((d) => `${d.rule} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`);

describe('bad input: text that is odd but readable', () => {
  it('checks an empty file: no findings, language undetermined', () => {
    const { status, file } = checkOne('');
    assert.equal(status, 0);
    assert.equal(file.error, undefined);
    assert.equal(file.language, 'und');
    assert.deepEqual(file.diagnostics, []);
  });

  it('checks a file of whitespace only', () => {
    const { status, file } = checkOne(' \n\t\n\r\n   \n');
    assert.equal(status, 0);
    assert.equal(file.error, undefined);
    assert.deepEqual(file.diagnostics, []);
  });

  it('checks a 10 MB file and positions its findings inside it', () => {
    const paragraphs: string[] = [];
    for (let i = 0; paragraphs.join('\n\n').length < 10 * 1024 * 1024; i++) {
      const chunk = Array.from({ length: 500 }, (_, k) => `Paragraph ${i * 500 + k} says the council of district ${(i * 500 + k) % 613} met about roads and the harbour.`);
      paragraphs.push(...chunk);
    }
    const text = `${paragraphs.join('\n\n')}\n\nSupport our journalism! Donate now.\n`;
    const lines = text.split('\n');
    const { status, file } = checkOne(text);
    assert.notEqual(status, 2);
    assert.equal(file.error, undefined);
    assert.equal(file.language, 'en');
    for (const d of file.diagnostics) {
      assert.ok(d.range.end.line < lines.length && d.range.end.character <= lines[d.range.end.line]!.length);
    }
  });

  it('checks a single 1 MB line, with findings inside that line', () => {
    const line = 'The harbour council met again and the pier was discussed at length. '.repeat(16_000);
    const { status, file } = checkOne(line);
    assert.notEqual(status, 2);
    assert.equal(file.error, undefined);
    for (const d of file.diagnostics) {
      assert.equal(d.range.start.line, 0);
      assert.ok(d.range.end.line === 0 && d.range.end.character <= line.length);
    }
  });

  it('gives a CRLF file the same findings and positions as its LF twin', () => {
    const lf = checkOne(ENGLISH_SEED).file;
    const crlf = checkOne(ENGLISH_SEED.replace(/\n/gu, '\r\n')).file;
    assert.ok(lf.diagnostics.length > 0);
    assert.deepEqual(findings(crlf), findings(lf));
  });

  it('keeps UTF-16 positions right after emoji and curly quotes', () => {
    const shifted = ENGLISH_SEED.replace('Support independent journalism!', '😀😀 “Support” independent journalism!');
    const plain = checkOne(ENGLISH_SEED).file;
    const emoji = checkOne(shifted).file;
    const line = ENGLISH_SEED.split('\n').findIndex((l) => l.startsWith('Support independent'));
    const onLine = (f: FileEntry) => f.diagnostics.filter((d) => d.range.start.line === line);
    assert.ok(onLine(plain).length > 0, 'the appeal is flagged');
    // "😀😀 “Support”" is 7 UTF-16 units longer than "Support" (two surrogate pairs, a space, two quotes).
    assert.equal(onLine(emoji)[0]!.range.end.character, onLine(plain)[0]!.range.end.character + 7);
  });

  it('reads a UTF-16 file with a lone surrogate, replacing it, without moving positions', () => {
    const text = RUSSIAN_SEED.replace('Наконец-то!', 'Наконец-то\uD800!');
    const { status, stderr, file } = checkOne(encodeUtf16(text, 'le'));
    assert.notEqual(status, 2);
    assert.match(stderr, /note: seeds.doc\.txt: Decoded as UTF-16LE/u);
    assert.deepEqual(findings(file), findings(checkOne(text).file));
  });

  it('refuses UTF-8 bytes that encode a lone surrogate, saying where', () => {
    const bytes = new TextEncoder().encode('A line about the harbour.\nAnd another ');
    const { status, stderr, file } = checkOne(Uint8Array.from([...bytes, 0xed, 0xa0, 0x80, 0x0a]));
    assert.equal(status, 2);
    assert.match(file.error ?? '', /Not valid UTF-8 \(first bad byte at offset 38, line 2\)/u);
    assert.match(stderr, /seeds.doc\.txt: Not valid UTF-8/u);
  });
});

describe('bad input: encodings', () => {
  const utf8 = () => checkOne(RUSSIAN_SEED);

  for (const encoding of ['windows-1251', 'koi8-r'] as const) {
    it(`reads Russian text in ${encoding} with a note, and finds what the UTF-8 version has`, () => {
      const { status, stderr, file } = checkOne(encodeLegacy(RUSSIAN_SEED, encoding));
      assert.notEqual(status, 2, stderr);
      assert.equal(file.error, undefined);
      assert.equal(file.language, 'ru');
      assert.match(stderr, new RegExp(`note: seeds.doc\\.txt: Not UTF-8: decoded as ${encoding === 'koi8-r' ? 'KOI8-R' : 'Windows-1251'}`, 'u'));
      const expected = findings(utf8().file);
      assert.ok(expected.length > 0);
      assert.deepEqual(findings(file), expected);
    });
  }

  for (const order of ['le', 'be'] as const) {
    it(`reads UTF-16${order.toUpperCase()} with a byte order mark like UTF-8`, () => {
      const { status, file } = checkOne(encodeUtf16(ENGLISH_SEED, order));
      assert.notEqual(status, 2);
      assert.deepEqual(findings(file), findings(checkOne(ENGLISH_SEED).file));
    });
  }

  it('drops a UTF-8 byte order mark silently, positions unchanged', () => {
    const { stderr, file } = checkOne(`\uFEFF${ENGLISH_SEED}`);
    assert.equal(stderr, '');
    assert.deepEqual(findings(file), findings(checkOne(ENGLISH_SEED).file));
  });

  it('refuses Latin-1 text rather than misreading it as Cyrillic', () => {
    const spanish = 'El niño comió en la señora de aquí; acción, canción y corazón también.\n';
    const { status, stderr, file } = checkOne(Uint8Array.from([...spanish].map((c) => c.charCodeAt(0))));
    assert.equal(status, 2);
    assert.match(file.error ?? '', /^Not valid UTF-8 \(first bad byte at offset 5, line 1\)/u);
    assert.deepEqual(file.diagnostics, []);
    assert.match(stderr, /seeds.doc\.txt: Not valid UTF-8/u);
  });

  it('refuses UTF-16 without a byte order mark, saying what it looks like', () => {
    const withBom = encodeUtf16(ENGLISH_SEED, 'le');
    const { status, file } = checkOne(withBom.subarray(2));
    assert.equal(status, 2);
    assert.match(file.error ?? '', /^Looks like UTF-16 text without a byte order mark/u);
  });

  it('refuses damaged UTF-8 Russian rather than decoding it as mojibake', () => {
    const bytes = new TextEncoder().encode(RUSSIAN_SEED);
    const damaged = Uint8Array.from([...bytes.subarray(0, 200), 0xc0, 0xaf, ...bytes.subarray(200)]);
    const { status, file } = checkOne(damaged);
    assert.equal(status, 2);
    assert.match(file.error ?? '', /Not valid UTF-8/u);
  });

  it('refuses a binary file with NUL bytes, and still checks the others', () => {
    const root = tempTree({ 'seeds/a.txt': ENGLISH_SEED, 'seeds/b.txt': Uint8Array.of(0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0) });
    const r = checkJson(['seeds'], root);
    const files = (r.json as Output).files;
    assert.equal(r.status, 2);
    assert.match(files[1]!.error ?? '', /Binary file/u);
    assert.ok(files[0]!.diagnostics.length > 0);
    assert.match(r.stderr, /seeds.b\.txt: Binary file \(contains NUL bytes\)/u);
  });
});

describe('bad input: files that cannot be read', () => {
  it('reports a file without read permission (skipped when running as root, who can read it anyway)', (t) => {
    if (process.getuid?.() === 0) {
      t.skip('root reads files whatever their mode');
      return;
    }
    const root = tempTree({ 'seeds/locked.txt': ENGLISH_SEED });
    chmodSync(join(root, 'seeds', 'locked.txt'), 0o000);
    const r = checkJson(['seeds'], root);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /locked\.txt: Cannot read file: Permission denied/u);
  });

  it('reports a dangling symbolic link, found in a folder or named directly', () => {
    const root = tempTree({ 'seeds/a.txt': ENGLISH_SEED });
    symlinkSync('gone.txt', join(root, 'seeds', 'dangling.txt'));
    const r = checkJson(['seeds', join('seeds', 'dangling.txt')], root);
    assert.equal(r.status, 2);
    const files = (r.json as Output).files;
    assert.deepEqual(files.map((f) => f.path), [join('seeds', 'a.txt'), join('seeds', 'dangling.txt'), join('seeds', 'dangling.txt')]);
    assert.equal(files[1]!.error, 'Broken symbolic link (its target does not exist).');
    assert.equal(files[2]!.error, 'Broken symbolic link (its target does not exist).');
    assert.ok(files[0]!.diagnostics.length > 0);
  });

  it('reports a symbolic link that points to itself', () => {
    const root = tempTree({ 'seeds/a.txt': ENGLISH_SEED });
    symlinkSync('loop.txt', join(root, 'seeds', 'loop.txt'));
    const r = checkJson(['seeds'], root);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /loop\.txt: Symbolic link loop/u);
  });

  it('reports a path that treats a file as a folder', () => {
    const root = tempTree({ 'seeds/a.txt': ENGLISH_SEED });
    const r = checkJson([join('seeds', 'a.txt', 'inner.txt')], root);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /inner\.txt: A part of the path is not a folder/u);
  });

  it('refuses a named pipe with a seed name instead of waiting on it forever', (t) => {
    const root = tempTree({ 'seeds/a.txt': ENGLISH_SEED });
    const made = spawnSync('mkfifo', [join(root, 'seeds', 'pipe.txt')]);
    if (made.error || made.status !== 0) {
      t.skip('mkfifo is not available');
      return;
    }
    const r = checkJson(['seeds'], root);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /pipe\.txt: Not a regular file/u);
  });

  it('refuses a file over the size limit without reading it', () => {
    const root = tempTree({ 'seeds/a.txt': ENGLISH_SEED });
    // A sparse file: large on paper, nothing written.
    const big = join(root, 'seeds', 'huge.txt');
    writeFileSync(big, '');
    spawnSync('truncate', ['-s', '40M', big]);
    const r = checkJson(['seeds'], root);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /huge\.txt: File is too large \(41943040 bytes; the limit is 33554432\)/u);
  });
});
