import { test } from 'node:test';
import assert from 'node:assert/strict';
import { summariseSources, UNNAMED_SOURCE } from '../../server/src/engine/attribution/sources.js';
import { modelOf, seed } from './attribution-helpers.js';

test('statements group under one source across full name, surname and pronoun', () => {
  const doc = seed(
    'Governor Anna Kovacs said the dam would hold through the spring.',
    '"We have reinforced every wall," she told reporters.',
    'Kovacs added that the evacuation order would stay in force.',
    'The water agency, however, warned that the river was still rising.',
  );
  const sources = summariseSources(doc.text, modelOf(doc));
  assert.deepEqual(
    sources.map((s) => [s.name, s.statements.length]),
    [
      ['Governor Anna Kovacs', 3],
      ['The water agency', 1],
    ],
  );
  assert.deepEqual(
    sources[0]!.mentions.map((m) => doc.text.slice(m.start, m.end)),
    ['Governor Anna Kovacs', 'she', 'Kovacs'],
  );
});

test('Russian surnames in different cases count as one source', () => {
  const doc = seed('По словам Петрова, мост откроют в мае.', 'Петров также заявил, что ремонт обойдётся в 40 млн рублей.');
  const sources = summariseSources(doc.text, modelOf(doc));
  assert.equal(sources.length, 1);
  assert.equal(sources[0]!.statements.length, 2);
});

test('vague attributions and unnamed sources are listed apart from named ones', () => {
  const doc = seed('Some say the vote was rigged in the east.', 'In a statement, prices were said to be falling.', 'The mayor said the road was safe.');
  const names = summariseSources(doc.text, modelOf(doc)).map((s) => [s.name, s.vague]);
  assert.deepEqual(names, [
    ['Some say', true],
    [UNNAMED_SOURCE, false],
    ['The mayor', false],
  ]);
});

test('a time adjunct between the source and the cue is not the source', () => {
  const en = seed('The harbour authority on Tuesday said the pier would reopen in May.');
  assert.deepEqual(summariseSources(en.text, modelOf(en)).map((s) => s.name), ['The harbour authority']);
  const ru = seed('Минтранс в понедельник сообщил, что мост откроют в мае.');
  assert.deepEqual(summariseSources(ru.text, modelOf(ru)).map((s) => s.name), ['Минтранс']);
});
