// Differential tests of the event signature's faster code against the code it replaced
// (test/unit/events-reference/, verbatim from before): same tokens, predicates, entities,
// dates, numbers and document signatures, on hand-written and generated English and Russian text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseSeed } from '../../server/src/engine/document.js';
import { findDates, publicationDate } from '../../server/src/engine/events/dates.js';
import { findEntities } from '../../server/src/engine/events/entities.js';
import { GAZETTEER } from '../../server/src/engine/events/gazetteer.js';
import { findNumbers } from '../../server/src/engine/events/numbers.js';
import { PREDICATES } from '../../server/src/engine/events/predicateLexicon.js';
import { findPredicates } from '../../server/src/engine/events/predicates.js';
import { documentSignature } from '../../server/src/engine/events/signature.js';
import { tokenize } from '../../server/src/engine/events/tokens.js';
import { wordKey } from '../../server/src/engine/events/translit.js';
import * as ref from './events-reference/index.js';

/** JSON with sets as arrays in their order, so that iteration order is compared too. */
const json = (value: unknown): string => JSON.stringify(value, (_k, v: unknown) => (v instanceof Set ? { set: [...v] } : v));

const HAND_WRITTEN = [
  'Lawmakers said Prime Minister Marta Kowalczyk met Jonas Berg in Oslo on Monday.',
  'Kowalczyk Wins Party Vote In Landslide',
  'BREAKING: NATO AND THE EU AGREE NEW SANCTIONS',
  'Yesterday the council voted 7-2 to close the Bank of America branch on Main Street.',
  "The US imposed tariffs of 25% on $300,000 worth of goods; Donetsk People's Republic officials said 5 million people were affected.",
  'Published May 3, 2013 — updated 11/28/05 and 2022-02-22, then 22.02.2022 and 9 September.',
  'He will travel to Kyiv next Friday, officials said; the talks in Kiev resumed last Tuesday.',
  'The Saints beat the New Orleans Chargers 31-10 as Hugh Jackman watched; Jackman later left.',
  'Президент России Владимир Путин в понедельник подписал указ о признании ДНР и ЛНР.',
  'Переговоры возобновились в Киеве 22 февраля 2022 года, сообщил Лавров; вчера Лаврову ответили в Вашингтоне.',
  'Российские дипломаты покинули страну в феврале 2022 года, двадцать человек задержаны, ущерб — 300 тыс. рублей.',
  'В следующую пятницу Зеленский встретится с Шольцем в Берлине; в 2014 году Крым был аннексирован.',
  'Ёлкин сказал, что «Газпром» и ООН обсудят поставки в следующий четверг.',
  'Dr. Ana de la Cruz of the University of Texas said the Betty Ford Center’s director resigned earlier this year.',
  'Twenty-five soldiers and three dozen civilians were killed, the U.S. military said; ſix and Kelvin K stay odd.',
]

const WORDS = [
  // names, titles, connectors, starters
  'Marta', 'Kowalczyk', 'Jonas', 'Berg', 'Hugh', 'Jackman', 'President', 'Prime', 'Minister', 'Dr', 'of', 'de', 'van', 'the', 'The',
  'However', 'Yesterday', 'Earlier', 'Finally', 'Saints', 'Bank', 'University', 'Center', 'County', 'Mr', "Putin's", 'O’Brien', 'Jean-Luc',
  'Владимир', 'Путин', 'Путина', 'Зеленский', 'Лавров', 'Лаврову', 'Шольц', 'Ёлкин', 'президент', 'министр', 'Однако', 'Вчера',
  // gazetteer forms, acronyms, capitals
  ...GAZETTEER.slice(0, 40).flatMap((e) => e.forms.slice(0, 4)),
  'NASA', 'FBI', 'ACME', 'UNESCO', 'BREAKING', 'NEWS',
  // predicates: the words of the lexicon's patterns, stems completed
  ...PREDICATES.slice(0, 40).flatMap((p) => [...p.en, ...p.ru].flatMap((pattern) => pattern.split(/[\s|]+/u).map((w) => w.replace(/\*$/u, 'ed')))),
  'said', 'met', 'signed', 'killed', 'elected', 'подписал', 'признал', 'заявил', 'встретился', 'a', 'on', 'with', 'в', 'на', 'с',
  // dates and numbers
  'May', '3,', '2013', 'Feb.', '22', 'February', '2022-02-22', '22.02.2022', '11/28/05', '27/09/2013', '9', 'September', 'Monday', 'last',
  'next', 'Friday', 'yesterday', 'today', 'tomorrow', 'will', 'in', '2014', 'года', 'году', 'февраля', 'в', 'понедельник', 'следующую',
  'пятницу', 'вчера', 'будет', 'Sunday', 'Tuesday', 'day', 'days', 'holiday',
  '300,000', '300 000', '5', 'million', 'billion', 'тыс.', 'млн', '1,5', '3.5', 'two', 'Three', 'twenty', 'dozen', 'двадцать', 'сто',
  'столица', 'twentysomething', 'ten', 'often', '1999', '2100',
];
const PUNCT = [' ', ' ', ' ', ' ', ', ', '; ', ' — ', ' "', '" ', ' (', ') ', ' «', '» ', '-', '.', ' ', '  ', '\u00a0'];

const sentenceArb = fc
  .array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...PUNCT), fc.boolean(), fc.boolean()), { minLength: 1, maxLength: 18 })
  .map((parts) => parts.map(([w, p, upper, cap]) => (upper ? w.toUpperCase() : cap ? w.charAt(0).toUpperCase() + w.slice(1) : w) + p).join('').trim())
  .chain((s) => fc.constantFrom(s, `${s}.`, `${s}!`, `${s}?`));

test('tokens, predicates, numbers, dates and entities are those of the reference code', () => {
  const check = (text: string): void => {
    assert.equal(json(tokenize(text)), json(ref.tokenize(text)), text);
    assert.equal(json(findPredicates(text)), json(ref.findPredicates(text)), text);
    assert.equal(json(findNumbers(text)), json(ref.findNumbers(text)), text);
    assert.equal(json(findDates(text)), json(ref.findDates(text)), text);
    const published = { year: 2022, month: 2, day: 24 };
    assert.equal(json(findDates(text, published)), json(ref.findDates(text, published)), text);
    assert.equal(json(findEntities(text)), json(ref.findEntities(text)), text);
    // A vocabulary with every word of the sentence known, and one with every other word.
    const keys = ref.tokenize(text).map((t) => wordKey(t.text));
    for (const vocabulary of [new Set(keys), new Set(keys.filter((_, i) => i % 2 === 0)), new Set<string>()]) {
      assert.equal(json(findEntities(text, vocabulary)), json(ref.findEntities(text, vocabulary)), text);
    }
  };
  HAND_WRITTEN.forEach(check);
  fc.assert(fc.property(sentenceArb, (s) => check(s)), { numRuns: 400, seed: 20261207 });
});

const datelines = ['', 'Published May 3, 2013\n\n', '---\ndate: 2022-02-22\n---\n', '22.02.2022 12:30\r\n\r\n', 'Опубликовано 22 февраля 2022\n', '\n\n\nUpdated Monday\n'];

test('document signatures are those of the reference code', () => {
  const check = (text: string): void => {
    assert.equal(json(publicationDate(text)), json(ref.publicationDate(text)), text);
    const doc = parseSeed('mem://seeds/doc.txt', text);
    assert.equal(json(documentSignature(doc, doc.sentences)), json(ref.documentSignature(doc, doc.sentences)), text);
  };
  check(HAND_WRITTEN.join(' '));
  check(`${datelines[1]}${HAND_WRITTEN.join('\n\n')}`);
  const docArb = fc.tuple(fc.constantFrom(...datelines), fc.array(fc.array(sentenceArb, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 }), fc.subarray(HAND_WRITTEN, { maxLength: 3 }));
  fc.assert(
    fc.property(docArb, ([dateline, paragraphs, extra]) => check(dateline + [...paragraphs.map((p) => p.join(' ')), ...extra].join('\n\n'))),
    { numRuns: 120, seed: 20261207 },
  );
});
