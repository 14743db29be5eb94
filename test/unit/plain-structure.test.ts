import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { markdownStructure } from '../../server/src/engine/document.js';
import { plainMarkdownBlocks } from '../../server/src/engine/plainStructure.js';
import { LineMap } from '../../server/src/engine/text.js';

/** The fast path, when it answers, must give exactly what remark gives. */
function agrees(text: string): boolean {
  const lineMap = new LineMap(text);
  const fast = plainMarkdownBlocks(text, lineMap);
  if (fast !== undefined) {
    assert.deepStrictEqual(fast, markdownStructure(text, lineMap), JSON.stringify(text));
  }
  return fast !== undefined;
}

const WORDS = ['The', 'council', 'said.', 'Совет', 'заявил,', 'что', 'мост', '«закроют»', '2024', 'U.S.', '—', '"quoted"', 'a*b', '_x_', '`code`', '<b>', '[link](u)', '!', '\\', 'é', '\u00a0'];
const PREFIXES = [
  '', '', '', '', ' ', '  ', '   ', '    ', '\t', ' \t', '\u00a0', '\ufeff', '\u000b', '\u000c',
  '#', '# ', '##', '>', '> ', '-', '- ', '--', '---', '***', '* ', '*', '+ ', '+', '_', '___', '=', '==', '= ',
  '1.', '1. ', '2)', '12345678901. ', '1234567890) ', '3.5 ', '7 ', '```', '~~~', '<div>', '<!--', '<', '[a]: /u', '[x]', '[',
  '|', '| a |', '«', '—', '(', '"', '…', '•', 'а', 'Б', '\\#',
];
const line = fc
  .tuple(fc.constantFrom(...PREFIXES), fc.array(fc.constantFrom(...WORDS), { maxLength: 5 }), fc.constantFrom('', '', ' ', '  ', '\t'))
  .map(([prefix, words, tail]) => prefix + words.join(' ') + tail);
const document = fc
  .tuple(fc.array(line, { minLength: 1, maxLength: 8 }), fc.array(fc.constantFrom('\n', '\n', '\r\n', '\r'), { minLength: 8, maxLength: 8 }))
  .map(([lines, ends]) => lines.map((l, i) => (i < lines.length - 1 ? l + ends[i] : l)).join(''));

test('the plain-paragraph fast path gives what remark gives, whenever it answers', () => {
  let answered = 0;
  let runs = 0;
  fc.assert(
    fc.property(document, (text) => {
      runs++;
      if (agrees(text)) {
        answered++;
      }
    }),
    { numRuns: 2000 },
  );
  // The generator must exercise the fast path, not only its refusals.
  assert.ok(answered > runs / 20, `fast path answered ${answered} of ${runs}`);
});

const CHARS = [...'abcXYZ 019.,;:!?#>-*+_=`~<[]()|\\\'"&/\t\n\r', '\u00a0', '\ufeff', '\u0000', 'я', 'Ё', '«', '—'];

test('the fast path agrees with remark on arbitrary short strings', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...CHARS), { maxLength: 40 }), (chars) => {
      agrees(chars.join(''));
    }),
    { numRuns: 2000 },
  );
});

test('plain English and Russian texts take the fast path and match remark', () => {
  const texts = [
    'Fire in Takoria\nBy Detaor Vidorez, Northline Post\nSome say the warning signs were ignored. "We are doing everything we can," he said.\n\nAdvertisement\n',
    '  Indented by two.\n   Three spaces.\nTrailing spaces   \n \t \n\n\nLast paragraph, no newline',
    'Пожар в Такории\r\nАвтор: Иван Петров\r\n\r\nВ среду, 22 февраля, сгорели 892 склада. «Мы делаем всё, что можем», — сказал он.\r\n',
    'Старая строка\rещё одна\r\rновый абзац',
    '\n\n\nStarts after blank lines.\n\u00a0\nNBSP line is not blank.',
    '2024 was a year. 3.5 million people\nlived there.',
    'Text with *emphasis*, _underscores_, `code`, <b>inline html</b> and [a link](http://x).',
    '',
    '   ',
  ];
  for (const text of texts) {
    assert.ok(agrees(text), JSON.stringify(text));
  }
});

test('texts with block syntax are left to remark', () => {
  const texts = [
    '# Heading\nText.',
    'Text.\n> quote',
    'Text.\n- item',
    'Text.\n1. item',
    'Текст.\n2) пункт',
    'Title\n=====',
    'Title\n---',
    '```\ncode\n```',
    '<div>\nhtml\n</div>',
    '[ref]: http://example.com\nText.',
    'Text.\n\n    indented code',
    '\tTabbed.',
    '\ufeffText with a byte order mark.',
  ];
  for (const text of texts) {
    const lineMap = new LineMap(text);
    assert.equal(plainMarkdownBlocks(text, lineMap), undefined, JSON.stringify(text));
  }
});
