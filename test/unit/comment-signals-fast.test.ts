import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { countWords, firstOrSecondPerson } from '../../server/src/engine/comments/signals.js';
import { fcParams } from '../fuzz/arbitraries.js';

/** The patterns the fast code replaced: the specification it must agree with. */
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’_-]*/gu;
const FIRST_SECOND_PERSON =
  /\b(?:i|i'm|i’m|i've|i’ve|i'd|i’d|i'll|i’ll|me|my|you|your|you're|you’re|u|ur|lol|imo|imho)\b|(?:^|[^\p{L}])(?:я|мне|меня|мой|моя|моё|мое|мои|вы|вам|вас|ваш|ваша|ты|тебе|тебя|твой|имхо)(?![\p{L}])|[!?]{2,}|:\)|:-\)|;\)|:D|\)\)+\s*$/u;

const referenceCount = (text: string) => text.match(WORD)?.length ?? 0;

/** Letters and numbers of several scripts (astral ones too), joiners, and what is neither. */
const WORD_CHARS = [
  ...'aZ09яЁй_\'’-', ' ', '.', '—', '\u00a0', '\t', '²', '½', 'Ⅻ', '٣', 'é', '\u0301', 'ß', '中', 'ー', '\u200b',
  '𝐀', '😀', '𐐷', '\ud800', '\udc00', '\ud835',
];

const PERSON_PARTS = [
  'i', "i'm", 'i’ve', 'me', 'my', 'you', 'your', 'u', 'ur', 'lol', 'imo', 'imho', 'mine', 'iu', 'mys',
  'я', 'мне', 'меня', 'мой', 'моё', 'мое', 'вы', 'вас', 'ваша', 'ты', 'тебя', 'твой', 'имхо', 'новая', 'выход', 'тыква',
  ' ', ' ', ', ', '.', '5', '_', 'x', 'ы', 'ё', '\u0301', '😀', '𝐀', '!', '?', '!!', ':)', ':-)', ';)', ':d', ')', '))', '\t',
];

describe('comment signals: fast word count and person check', () => {
  it('counts words as the word pattern does, on generated text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORD_CHARS), { maxLength: 30 }), (chars) => {
        const text = chars.join('');
        assert.equal(countWords(text), referenceCount(text), JSON.stringify(text));
      }),
      fcParams(3000),
    );
  });

  it('counts words as the word pattern does, on every BMP code unit between words', () => {
    for (let c = 0; c < 0x10000; c++) {
      const text = `ab${String.fromCharCode(c)}cd`;
      assert.equal(countWords(text), referenceCount(text), `U+${c.toString(16)}`);
    }
  });

  it('finds first- and second-person voice as the single pattern did, on generated lower-case lines', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PERSON_PARTS), { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        assert.equal(firstOrSecondPerson(text), FIRST_SECOND_PERSON.test(text), JSON.stringify(text));
      }),
      fcParams(3000),
    );
  });

  it('agrees on hand-written English and Russian lines', () => {
    const lines = [
      '',
      'Great post, I totally agree with you!!',
      'The council voted on Tuesday to add bus lanes.',
      "It's mine, isn't it",
      'Спасибо, автор, вы правы.',
      'Новая дорога откроется в мае.',
      'Мне кажется, это ошибка))',
      'ИМХО это лучший вариант',
      'Сергей К. — 5 марта 2022 в 14:03',
      'well-known co-author o’brien’s 3-d',
    ];
    for (const line of lines) {
      assert.equal(countWords(line), referenceCount(line), line);
      const lower = line.toLowerCase();
      assert.equal(firstOrSecondPerson(lower), FIRST_SECOND_PERSON.test(lower), line);
    }
  });
});
