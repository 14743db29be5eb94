import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LineMap, normaliseLine } from '../../server/src/engine/text.js';

test('line map splits on LF, CRLF and lone CR like LSP does', () => {
  const map = new LineMap('one\r\ntwo\nthree\rfour');
  assert.deepEqual(
    map.lines.map((l) => l.text),
    ['one', 'two', 'three', 'four'],
  );
  assert.deepEqual(map.positionAt(5), { line: 1, character: 0 });
  assert.deepEqual(map.positionAt(4), { line: 0, character: 3 }, 'the LF of a CRLF maps to the end of its line');
  assert.equal(map.offsetAt({ line: 3, character: 2 }), 17);
});

test('positions count UTF-16 code units for Cyrillic, curly quotes and emoji', () => {
  const text = 'Привет “мир” 👋 конец\nвторая';
  const map = new LineMap(text);
  const at = text.indexOf('конец');
  assert.deepEqual(map.positionAt(at), { line: 0, character: 16 }, 'the emoji counts as two units');
  assert.equal(map.offsetAt({ line: 1, character: 0 }), text.indexOf('вторая'));
});

test('offsets past a line end are clamped to the line and past the text to its end', () => {
  const map = new LineMap('ab\ncd');
  assert.equal(map.offsetAt({ line: 0, character: 99 }), 2);
  assert.equal(map.offsetAt({ line: 9, character: 0 }), 5);
  assert.deepEqual(map.positionAt(99), { line: 1, character: 2 });
});

test('an empty text has one empty line', () => {
  const map = new LineMap('');
  assert.equal(map.lines.length, 1);
  assert.deepEqual(map.positionAt(0), { line: 0, character: 0 });
});

test('normalised lines ignore case, quotes, dashes and spacing', () => {
  assert.equal(normaliseLine('  «Читать   ДАЛЕЕ» — '), normaliseLine('читать далее'));
  assert.equal(normaliseLine('“Read more!”'), 'read more');
  assert.notEqual(normaliseLine('Read more'), normaliseLine('Read less'));
});
