import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseSeed } from '../../server/src/engine/document.js';

function sentencesOf(text: string): string[] {
  return parseSeed('mem://s.txt', text).sentences.map((s) => s.text);
}

test('English abbreviations, months and initialisms do not end a sentence', () => {
  const got = sentencesOf(
    'The talks began on Feb. 12 in Geneva, the U.S. envoy said. Mr. Holm of the U.N. agency disagreed. Dr. J. R. Ames left at 5 p.m. on Friday.',
  );
  assert.deepEqual(got, [
    'The talks began on Feb. 12 in Geneva, the U.S. envoy said.',
    'Mr. Holm of the U.N. agency disagreed.',
    'Dr. J. R. Ames left at 5 p.m. on Friday.',
  ]);
});

test('Russian initials and abbreviations do not end a sentence', () => {
  const got = sentencesOf(
    'Соглашение подписал А. Н. Смирнов в 2019 г. на встрече в Казани. Сумма составила 15 тыс. руб., т.е. меньше плана. Работы продолжатся.',
  );
  assert.deepEqual(got, [
    'Соглашение подписал А. Н. Смирнов в 2019 г. на встрече в Казани.',
    'Сумма составила 15 тыс. руб., т.е. меньше плана.',
    'Работы продолжатся.',
  ]);
});

test('a line per paragraph ends sentences at line breaks, but a wrapped line runs on', () => {
  const got = sentencesOf('The council met on Monday\nand voted to close the bridge.\nA second vote follows in May.');
  assert.deepEqual(got, ['The council met on Monday\nand voted to close the bridge.', 'A second vote follows in May.']);
});

test('a headline without a full stop is its own sentence', () => {
  const got = sentencesOf('Floods Close Roads Across the Region\n\nRain fell for three days. Schools shut.');
  assert.deepEqual(got, ['Floods Close Roads Across the Region', 'Rain fell for three days.', 'Schools shut.']);
});

test('sentence spans point at their text in the document', () => {
  const text = 'Первое предложение.  Второе — с «кавычками» 🙂.\r\nТретье.';
  const doc = parseSeed('mem://r.txt', text);
  for (const s of doc.sentences) {
    assert.equal(text.slice(s.start, s.end), s.text);
  }
  assert.equal(doc.sentences.length, 3);
  assert.equal(doc.sentences[2]!.line, 1);
});

test('a list number stays with its item', () => {
  // "2." cannot interrupt a paragraph in Markdown, so it stays paragraph text that ICU would cut.
  const got = sentencesOf('Readers wrote in\n2. I do not agree.');
  assert.deepEqual(got, ['Readers wrote in', '2. I do not agree.']);
});
