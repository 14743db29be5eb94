import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findPredicates } from '../../server/src/engine/events/predicates.js';

const ids = (text: string): string[] => findPredicates(text).map((p) => p.id);

test('recognition is one predicate in English and Russian', () => {
  assert.ok(ids('Belarus recognised the new government on Friday.').includes('recognise'));
  assert.ok(ids('Белоруссия в пятницу признала новое правительство.').includes('recognise'));
});

test('establishing diplomatic relations is found across a few intervening words', () => {
  assert.ok(ids('Chile agreed on the establishment from that day of full diplomatic relations with Fiji.').includes('establish-relations'));
  assert.ok(ids('Чили установила дипломатические отношения с Фиджи.').includes('establish-relations'));
});

test('severing relations is not establishing them', () => {
  const found = ids('Ecuador severed diplomatic relations with Mexico.');
  assert.ok(found.includes('sever-relations'));
  assert.ok(!found.includes('establish-relations'));
});

test('general news events are recognised in both languages', () => {
  assert.ok(ids('Police arrested two men after the robbery.').includes('arrest'));
  assert.ok(ids('Полиция задержала двух мужчин.').includes('arrest'));
  assert.ok(ids('A strong earthquake shook the island.').includes('earthquake'));
  assert.ok(ids('Сильное землетрясение произошло на острове.').includes('earthquake'));
  assert.ok(ids('The mayor resigned after the scandal.').includes('resign'));
  assert.ok(ids('Мэр ушел в отставку после скандала.').includes('resign'));
});

test('a name that begins like a verb is no predicate', () => {
  assert.ok(!ids('Denis Smirnov spoke to reporters.').includes('reject'));
});
