import assert from 'node:assert/strict';
import { symlinkSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { discoverSeeds } from '../../server/src/cli/discovery.js';
import { readSeed } from '../../server/src/cli/readSeed.js';
import { checkOne, encodeLegacy, encodeUtf16, runCli, tempTree, type JsonFileEntry } from './helpers.js';

// Hostile inputs that test/cli/bad-input.test.ts does not already cover (there: empty, whitespace,
// 10 MB, a 1 MB line, encodings, NUL bytes, unreadable files, dangling links and self-links).

type FileEntry = JsonFileEntry;

/** Checks `seeds/doc.txt` holding `content` and returns its entry, after checking every range fits the text's lines. */
function checkFitting(content: string): { status: number | null; file: FileEntry } {
  const { status, file } = checkOne(content);
  const lines = content.split(/\r\n|\r|\n/u);
  for (const d of file.diagnostics) {
    const { start, end } = d.range;
    assert.ok(start.line < lines.length && end.line < lines.length, `${d.rule}: lines inside the file`);
    assert.ok(start.character <= lines[start.line]!.length && end.character <= lines[end.line]!.length, `${d.rule}: characters inside their lines`);
  }
  return { status, file };
}

const SENTENCES = [
  'The harbour council met again and the new pier was discussed at length.',
  'Мэр города сообщил, что мост через реку откроют в понедельник.',
  'Support our journalism! Donate now.',
  'Residents said the ferry had been late every day this week.',
];

describe('hostile files through the CLI', () => {
  it('checks a single 2 MB line, every finding inside it', () => {
    let line = '';
    for (let i = 0; line.length < 2 * 1024 * 1024; i++) {
      line += `${SENTENCES[i % SENTENCES.length]!} `;
    }
    const { status, file } = checkFitting(line);
    assert.notEqual(status, 2);
    assert.equal(file.error, undefined);
    assert.ok(file.diagnostics.every((d) => d.range.start.line === 0 && d.range.end.line === 0));
  });

  it('checks 100,000 short lines, positions counted to the last line', () => {
    const appeal = 'Support our journalism! Donate now.';
    const lines = Array.from({ length: 100_000 }, (_, i) => (i % 1000 === 999 ? appeal : `Pier ${i} shut.`));
    const { status, file } = checkFitting(`${lines.join('\n')}\n`);
    assert.notEqual(status, 2);
    assert.equal(file.error, undefined);
    const appeals = file.diagnostics.filter((d) => d.rule === 'boilerplate/donation-appeal').map((d) => d.range.start.line);
    assert.equal(appeals.length, 100);
    assert.equal(appeals.at(-1), 99_999, 'the last appeal, on line 100,000, is flagged where it is');
  });

  for (const [name, prefix] of [['list items', '- '], ['block quotes', '> ']] as const) {
    it(`checks 10,000 nested ${name} (read as plain lines) and the article around them`, () => {
      const text = `Support our journalism! Donate now.\n\n${prefix.repeat(10_000)}the ferry left at noon.\n\n${`${prefix.trim()}`.repeat(10_000)} and again.\n`;
      const { status, file } = checkFitting(text);
      assert.notEqual(status, 2);
      assert.equal(file.error, undefined);
      assert.ok(file.diagnostics.some((d) => d.rule === 'boilerplate/donation-appeal' && d.range.start.line === 0));
    });
  }

  it('reports a file that disappears between being found and being read, and reads the rest', () => {
    const root = tempTree({ 'seeds/a.txt': SENTENCES[0]!, 'seeds/b.txt': SENTENCES[1]! });
    const found = discoverSeeds([join(root, 'seeds')]);
    assert.deepEqual(found.map((f) => f.error), [undefined, undefined]);
    unlinkSync(join(root, 'seeds', 'b.txt'));
    const [a, b] = found.map((f) => readSeed(f.path));
    assert.equal(a?.ok, true);
    assert.deepEqual(b, { ok: false, error: 'Cannot read file: No such file or folder.' });
  });

  it('shows every hostile file of a folder with its own message, and still checks the good ones', () => {
    const russian = 'Мэр города сообщил, что мост через реку откроют в понедельник. Работы заняли два года.\n';
    const root = tempTree({
      'seeds/1-empty.txt': '',
      'seeds/2-blank.txt': ' \n\t\n',
      'seeds/3-binary.txt': Uint8Array.of(0x50, 0x4b, 3, 4, 0, 0, 0x14, 0),
      'seeds/4-bad-utf8.txt': Uint8Array.of(0x61, 0x62, 0xc3, 0x28, 0x0a),
      'seeds/5-utf16.txt': encodeUtf16('Support our journalism! Donate now.\n', 'le'),
      'seeds/6-cp1251.txt': encodeLegacy(russian, 'windows-1251'),
      'seeds/7-koi8r.txt': encodeLegacy(russian, 'koi8-r'),
      'seeds/8-good.txt': 'Support our journalism! Donate now.\n',
    });
    symlinkSync('.', join(root, 'seeds', 'loop')); // a folder that contains itself
    const r = runCli(['check', 'seeds'], { cwd: root });
    assert.equal(r.status, 2, 'exit status 2: some files could not be read');
    const out = r.stdout;
    assert.match(out, /1-empty\.txt {2}und, outlet unknown\n {2}no findings/u);
    assert.match(out, /2-blank\.txt {2}und, outlet unknown\n {2}no findings/u);
    assert.match(out, /3-binary\.txt\n {2}cannot check: Binary file \(contains NUL bytes\): skipped\./u);
    assert.match(out, /4-bad-utf8\.txt\n {2}cannot check: Not valid UTF-8 \(first bad byte at offset 2, line 1\)/u);
    assert.match(out, /5-utf16\.txt .*\n {2}note: Decoded as UTF-16LE \(byte order mark\)\.\n.*donation-appeal/u);
    assert.match(out, /6-cp1251\.txt {2}ru.*\n {2}note: Not UTF-8: decoded as Windows-1251 \(Cyrillic\)/u);
    assert.match(out, /7-koi8r\.txt {2}ru.*\n {2}note: Not UTF-8: decoded as KOI8-R \(Cyrillic\)/u);
    assert.match(out, /8-good\.txt .*\n.*donation-appeal/u);
    assert.doesNotMatch(out, /loop/u, 'the folder loop is walked once, its files not listed twice');
    assert.match(out, /6 files checked, 2 could not be read/u);
  });
});
