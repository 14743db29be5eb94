import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionOf, flagsOn, modelOf, seed, textOf } from './attribution-helpers.js';

test('a quote followed by "the navy said in a statement" is a direct quote from the navy', () => {
  const doc = seed('"We will not withdraw from the coast," the navy said in a statement.');
  const a = attributionOf(doc, 'withdraw');
  assert.equal(a?.kind, 'direct-quote');
  assert.equal(textOf(doc, a?.cue ?? null), 'said');
  assert.equal(textOf(doc, a?.source ?? null), 'the navy');
  assert.deepEqual(flagsOn(doc, 'withdraw'), []);
});

test('a speaker named after the verb ("said Maria Lopez") is the source', () => {
  const doc = seed('“Prices will keep rising through the winter,” said Maria Lopez, an economist at the central bank.');
  assert.equal(textOf(doc, attributionOf(doc, 'Prices')?.source ?? null), 'Maria Lopez');
});

test('a cue inside a split quote attributes the whole sentence', () => {
  const doc = seed('"The talks failed," she said, "and nobody knows what comes next in the valley."');
  assert.equal(attributionOf(doc, 'talks failed')?.kind, 'direct-quote');
});

test('every sentence of a multi-sentence quote shares the speaker named at its end', () => {
  const doc = seed('“The harvest was poor this year. Farmers lost half of their wheat. We need help now,” the governor told reporters.');
  assert.equal(attributionOf(doc, 'harvest was poor')?.kind, 'continuation');
  assert.equal(attributionOf(doc, 'Farmers lost')?.kind, 'continuation');
  assert.equal(textOf(doc, attributionOf(doc, 'Farmers lost')?.source ?? null), 'the governor');
  assert.deepEqual(flagsOn(doc, 'Farmers lost'), []);
});

test('a quote paragraph after a quoted statement continues it', () => {
  const doc = seed(
    '“The port is open again,” the minister said on Monday.',
    '“We expect the first ships by Friday. Nothing else has changed for the traders.”',
  );
  assert.equal(attributionOf(doc, 'first ships')?.kind, 'continuation');
  assert.equal(attributionOf(doc, 'Nothing else')?.kind, 'continuation');
});

test('a statement introduced with a colon carries over to the next sentence', () => {
  const doc = seed('The president told the crowd:', '"Every school in the district will be rebuilt by autumn."');
  assert.equal(attributionOf(doc, 'Every school')?.kind, 'continuation');
});

test('"he added", "they added that", "he went on" and "the statement added" attribute their sentences', () => {
  const doc = seed(
    'Officials said the fire was contained by noon. They added that two houses had burned down.',
    '“Ships will be searched at the border,” he went on.',
    'The statement added that inspections would resume in May.',
  );
  assert.equal(attributionOf(doc, 'two houses')?.kind, 'indirect');
  assert.equal(attributionOf(doc, 'searched')?.kind, 'direct-quote');
  assert.equal(textOf(doc, attributionOf(doc, 'inspections')?.source ?? null), 'The statement');
});

test('"added" outside a reporting frame is narrative, not attribution', () => {
  const doc = seed('The factory added 200 jobs in the spring after the new line opened.');
  assert.equal(attributionOf(doc, 'factory'), undefined);
  assert.equal(flagsOn(doc, 'factory').length, 1);
});

test('organisations and documents are sources: "The UN estimates", "the order says", "a poll showed"', () => {
  const doc = seed(
    'The UN estimates that 40,000 people have fled the region since March.',
    'The order says the curfew begins at 10 p.m. in all districts.',
    'A new poll showed the governor trailing his rival by six points.',
  );
  assert.equal(textOf(doc, attributionOf(doc, '40,000')?.source ?? null), 'The UN');
  assert.equal(textOf(doc, attributionOf(doc, 'curfew')?.source ?? null), 'The order');
  assert.ok(attributionOf(doc, 'six points'));
});

test('"according to" and "citing" are source phrases with the source after them', () => {
  const doc = seed(
    'According to the health ministry, 312 people were treated in hospital.',
    'Ten soldiers were wounded in the attack, according to army spokesman Ivan Ruiz.',
  );
  const first = attributionOf(doc, '312 people');
  assert.equal(first?.kind, 'source-phrase');
  assert.equal(textOf(doc, first?.source ?? null), 'the health ministry');
  assert.equal(textOf(doc, attributionOf(doc, 'Ten soldiers')?.source ?? null), 'army spokesman Ivan Ruiz');
});

test('"This was announced by …" attributes the sentence before it', () => {
  const doc = seed('The old bridge will be closed for repairs until October. This was announced by the city council on Tuesday.');
  const a = attributionOf(doc, 'old bridge');
  assert.equal(a?.kind, 'backward');
  assert.equal(textOf(doc, a?.cue ?? null), 'announced');
  assert.deepEqual(flagsOn(doc, 'old bridge'), []);
});

test('"That is according to …" attributes the sentence before it', () => {
  const doc = seed('Unemployment fell to 4 percent in March. That is according to figures from the statistics office.');
  assert.equal(attributionOf(doc, 'Unemployment')?.kind, 'backward');
});

test('a sentence that starts "This" without a reporting verb attributes nothing', () => {
  const doc = seed('The dam burst after a week of rain. This flooded three villages downstream of the lake.');
  assert.equal(attributionOf(doc, 'dam burst'), undefined);
});

test('a pronoun source resolves to the last named source for display', () => {
  const doc = seed('Maria Lopez said the bank would hold rates steady this month. She added that inflation was falling.');
  const a = attributionOf(doc, 'inflation');
  assert.equal(textOf(doc, a?.source ?? null), 'She');
  assert.equal(a?.sourceName, 'Maria Lopez');
});

test('a scare quote of one word does not attribute a sentence', () => {
  const doc = seed('The army sent "peacekeepers" into the two districts overnight.');
  assert.equal(attributionOf(doc, 'army sent'), undefined);
});

test('a compound such as "US-backed" is not a reporting verb', () => {
  const doc = seed('The US-backed militia took control of the crossing on Sunday.');
  assert.equal(attributionOf(doc, 'militia'), undefined);
});

test('the model is built once per document and lists attributions in sentence order', () => {
  const doc = seed('The mayor said the road was safe. Traffic resumed at noon on the main road. The police confirmed that no one was hurt.');
  const model = modelOf(doc);
  assert.deepEqual(
    model.attributions.map((a) => a.sentence),
    [0, 2],
  );
});

test('a paragraph-closing sentence right before a quote from a named speaker is a lead-in to it', () => {
  const doc = seed(
    'Counting the wealth of the very rich is more art than science.',
    '"Some of these numbers need a pinch of salt," said Clara Holm, an economist at the institute.',
  );
  const a = attributionOf(doc, 'more art');
  assert.equal(a?.kind, 'backward');
  assert.equal(a?.sourceName, 'Clara Holm');
});

test('a sentence before an unattributed quote paragraph is not a lead-in', () => {
  const doc = seed('Counting the wealth of the very rich is more art than science.', '"Some of these numbers need a pinch of salt."');
  assert.equal(attributionOf(doc, 'more art'), undefined);
});

test('a subject with an aside between commas is still the source', () => {
  const doc = seed('Karen Oduya, who chaired the inquiry for two years, has denied that the report was edited.');
  assert.equal(textOf(doc, attributionOf(doc, 'denied')?.source ?? null), 'Karen Oduya');
});
