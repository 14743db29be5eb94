import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findEntities } from '../../server/src/engine/events/entities.js';
import { wordKey } from '../../server/src/engine/events/translit.js';

const keys = (text: string): string[] => findEntities(text).map((e) => e.key);

test('Kyiv, Kiev and Киев are one place', () => {
  assert.deepEqual(keys('Talks resumed in Kyiv.'), ['kyiv']);
  assert.deepEqual(keys('Talks resumed in Kiev.'), ['kyiv']);
  assert.deepEqual(keys('Переговоры возобновились в Киеве.'), ['kyiv']);
});

test('Lugansk, Luhansk, Луганская республика, ЛНР and LPR are one entity', () => {
  const forms = ['Shelling was reported near Luhansk.', 'Shelling was reported near Lugansk.', 'Обстрел был в ЛНР.', 'The LPR denied it.', 'Глава Луганской Народной Республики выступил.'];
  for (const f of forms) {
    assert.ok(keys(f).includes('lugansk'), f);
  }
});

test('inflected Russian names meet their English spelling', () => {
  assert.equal(wordKey('Пасечника'), wordKey('Pasechnik'));
  assert.equal(wordKey('Зеленского'), wordKey('Zelenskyy'));
  assert.equal(wordKey('Лаврову'), wordKey('Lavrov'));
  assert.notEqual(wordKey('Лавров'), wordKey('Lukashenko'));
});

test('a lower-case Russian adjective names its country', () => {
  assert.ok(keys('Российские дипломаты покинули страну.').includes('russia'));
});

test('"US" in capitals is the country, "us" is a pronoun', () => {
  assert.ok(keys('The US imposed tariffs.').includes('usa'));
  assert.ok(!keys('He told us about the tariffs.').includes('usa'));
});

test('a capitalised run of words is one name, and a title before it is not part of it', () => {
  const found = findEntities('Lawmakers said Prime Minister Marta Kowalczyk met Jonas Berg in Oslo.');
  assert.deepEqual(found.map((e) => e.surface), ['Marta Kowalczyk', 'Jonas Berg', 'Oslo']);
  assert.equal(found[0]!.kind, 'person');
});

test('a word capitalised only because it starts the sentence is not a name', () => {
  assert.deepEqual(keys('Yesterday the council voted.'), []);
});

test('names in a title-case headline come from the rest of the document', () => {
  const vocabulary = new Set([wordKey('Kowalczyk')]);
  const found = findEntities('Kowalczyk Wins Party Vote In Landslide', vocabulary);
  assert.deepEqual(found.map((e) => e.surface), ['Kowalczyk']);
});
