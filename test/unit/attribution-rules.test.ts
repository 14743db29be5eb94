import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Rule } from '../../server/src/engine/rules/rule.js';
import { flags, flagsOn, seed } from './attribution-helpers.js';

const subscribeIsBoilerplate: Rule = {
  id: 'boilerplate/test-subscribe',
  category: 'boilerplate',
  defaultSeverity: 'warning',
  description: 'flags lines that ask to subscribe',
  detect: (doc) => doc.lines.filter((l) => l.text.includes('subscribe')).map((l) => ({ start: l.start, end: l.end, message: 'subscribe' })),
};

const readerCommentLine: Rule = {
  id: 'comment/test-line',
  category: 'comment',
  defaultSeverity: 'information',
  description: 'flags lines that start with a commenter handle',
  detect: (doc) => doc.lines.filter((l) => l.text.startsWith('@')).map((l) => ({ start: l.start, end: l.end, message: 'comment' })),
};

test('an unsourced claim about events is flagged as information with the reason', () => {
  const doc = seed('The army shelled the village overnight, killing four civilians.');
  const [flag] = flagsOn(doc, 'shelled');
  assert.equal(flag?.category, 'unattributed-claim');
  assert.equal(flag?.severity, 'information');
  assert.match(flag?.message ?? '', /no reporting verb, quote or 'according to'/);
});

test('an unsourced number is flagged', () => {
  assert.equal(flagsOn(seed('Wheat prices rose by 12 percent last year across the region.'), 'Wheat').length, 1);
});

test('loaded wording in an unsourced sentence raises it to a warning that names the words', () => {
  const doc = seed('The regime has crushed every protest in the capital since 2019.');
  const [flag] = flagsOn(doc, 'crushed');
  assert.equal(flag?.severity, 'warning');
  assert.match(flag?.message ?? '', /"regime"/);
});

test('loaded wording inside an attributed quote is the speaker’s and is not flagged', () => {
  const doc = seed('"It was a coup, nothing less," the opposition leader told reporters.');
  assert.deepEqual(flagsOn(doc, 'coup'), []);
});

test('loaded wording only inside scare quotes does not raise the severity', () => {
  const doc = seed('The parliament approved sending troops to what it called the "junta-held" districts on Monday night.');
  assert.ok(flagsOn(doc, 'parliament').every((f) => f.severity !== 'warning'));
});

test('questions, headlines, credits, links and instructions are not claims', () => {
  const doc = seed(
    'Ceasefire Talks Collapse in Geneva',
    'Will the ceasefire hold through the winter?',
    'Photo: Reuters staff in the field.',
    'Read the full report at https://example.org/report today.',
    'Follow our correspondent on Twitter for live updates.',
    'Fighting resumed on the northern front at dawn on Sunday.',
  );
  const texts = flags(doc).map((f) => f.text);
  assert.deepEqual(texts, ['Fighting resumed on the northern front at dawn on Sunday.']);
});

test('a dateline does not count as a claim but the sentence after it does', () => {
  const doc = seed('GENEVA, March 3 (Reuters) — Talks between the two delegations broke down on Friday.');
  assert.equal(flags(doc).length, 1);
  assert.equal(flagsOn(seed('GENEVA, March 3 (Reuters) —'), 'GENEVA').length, 0);
});

test('sentences inside boilerplate or reader comments found by earlier rules are skipped', () => {
  const doc = seed(
    'Readers who subscribe to our newsletter get the stories that matter every single morning.',
    '@farmer77 The harvest in our district was the worst in twenty years.',
    'The harvest failed across the south after the spring floods.',
  );
  assert.equal(flagsOn(doc, 'Readers who').length, 1, 'without the boilerplate rule the appeal reads as a claim');
  assert.deepEqual(flagsOn(doc, 'Readers who', [subscribeIsBoilerplate]), []);
  assert.deepEqual(flagsOn(doc, '@farmer77', [readerCommentLine]), []);
  assert.equal(flagsOn(doc, 'spring floods', [subscribeIsBoilerplate, readerCommentLine]).length, 1);
});

test('a quote with no speaker anywhere is flagged as such', () => {
  const doc = seed('The river rose fast on Tuesday.', '"Nobody warned us about the dam at all, not once."');
  const [flag] = flagsOn(doc, 'Nobody warned');
  assert.match(flag?.message ?? '', /Quote with no speaker/);
});

for (const [phrase, sentence] of [
  ['Critics argue', 'Critics argue that the new tax will drive small farms out of business.'],
  ['Some say', 'Some say the vote in the eastern districts was rigged.'],
  ['is said to', 'The minister is said to be furious about the leaked memo.'],
  ['reportedly', 'The rebels reportedly seized the airport before dawn.'],
  ['Media reported', 'Media reported that the convoy had turned back at the border.'],
  ['Experts say', 'Experts say the drought will last for at least another year.'],
  ['according to sources', 'The deal was signed in secret, according to sources.'],
  ['It is believed', 'It is believed that the ship sank near the island.'],
  ['a number of media outlets have since reported', 'However, a number of media outlets have since reported that the videos were recorded earlier.'],
] as const) {
  test(`"${phrase}" is a vague attribution`, () => {
    const doc = seed(sentence);
    const found = flags(doc);
    assert.deepEqual(
      found.map((f) => [f.category, f.text]),
      [['vague-attribution', phrase]],
    );
    assert.equal(found[0]?.severity, 'warning');
  });
}

for (const sentence of [
  'CBS News reported that the convoy had turned back at the border.',
  'Analysts at the central bank said inflation would slow next year.',
  'His supporters argue that the plan will finally fix the roads.',
  'It is believed by the ministry that the ship sank near the island.',
]) {
  test(`a named source is not vague: ${sentence}`, () => {
    assert.deepEqual(flags(seed(sentence)), []);
  });
}

test('a plain scene-setting sentence is not a claim', () => {
  const doc = seed('It was early on a Sunday morning.', 'Было раннее утро воскресенья.', 'The bridge fell early on a Sunday morning.');
  assert.deepEqual(
    flags(doc).map((f) => f.text),
    ['The bridge fell early on a Sunday morning.'],
  );
});

test('credits are not claims, in English and Russian', () => {
  const doc = seed('Reporting by Lena Park; editing by Tom Reyes.', 'Фото: пресс-служба администрации города.', 'Source: the regional health department.');
  assert.deepEqual(flags(doc), []);
});
