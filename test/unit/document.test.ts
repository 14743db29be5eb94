import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseSeed } from '../../server/src/engine/document.js';
import { detectLanguage } from '../../server/src/engine/language/detect.js';

test('detects English, Russian, Ukrainian and undetermined texts', () => {
  assert.equal(detectLanguage('The harbour authority said on Tuesday that the new pier would open in spring.'), 'en');
  assert.equal(detectLanguage('Городские власти во вторник сообщили, что новый мост откроют весной.'), 'ru');
  assert.equal(detectLanguage('Міська влада у вівторок повідомила, що новий міст відкриють навесні. Це її рішення.'), 'uk');
  assert.equal(detectLanguage('12 34 —'), 'und');
  assert.equal(detectLanguage('Le conseil municipal a voté mardi la fermeture du pont pour des travaux de sécurité.'), 'und');
});

test('a Russian page with a few English words is Russian', () => {
  const text = 'Компания Apple и Google объявили о новом партнёрстве, сообщает агентство. Подробности не раскрываются.';
  assert.equal(parseSeed('mem://ru.txt', text).language, 'ru');
});

test('blocks record paragraphs, headings and list nesting with their lines', () => {
  const text = '# Title\n\nFirst paragraph.\n\n1. item one\n   - nested reply\n2. item two\n';
  const doc = parseSeed('mem://d.md', text);
  assert.deepEqual(
    doc.blocks.map((b) => [b.kind, b.firstLine, b.listDepth]),
    [
      ['heading', 0, 0],
      ['paragraph', 2, 0],
      ['paragraph', 4, 1],
      ['paragraph', 5, 2],
      ['paragraph', 6, 1],
    ],
  );
  assert.deepEqual(
    doc.listItems.map((i) => [i.depth, i.ordered, i.number ?? null, i.parent ?? null]),
    [
      [1, true, 1, null],
      [2, false, null, 0],
      [1, true, 2, null],
    ],
  );
});

test('very deep nesting is parsed without overflowing the stack', () => {
  const text = Array.from({ length: 3000 }, (_, i) => `${' '.repeat(0)}${'>'.repeat(Math.min(i, 2000))} line ${i}`).join('\n');
  const doc = parseSeed('mem://deep.txt', text);
  assert.ok(doc.blocks.length > 0);
});

test('a text over the Markdown limit falls back to blank-line paragraphs', () => {
  const text = 'First para line one.\nline two.\n\nSecond para.\n';
  const doc = parseSeed('mem://big.txt', text, { markdownLimit: 10 });
  assert.equal(doc.plain, true);
  assert.deepEqual(
    doc.blocks.map((b) => [b.firstLine, b.lastLine]),
    [
      [0, 1],
      [3, 3],
    ],
  );
});
