import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseSettings, unknownRuleProblems } from '../../server/src/settings/schema.js';

test('every key is read from nested objects, as editors send dotted keys, and from flat dotted keys', () => {
  const nested = parseSettings({ corpus: { include: ['news/**'], exclude: ['drafts/**'] }, codeLens: { enabled: false }, trace: { server: 'verbose' } });
  assert.deepEqual(nested.problems, []);
  assert.deepEqual(nested.workspace.corpusInclude, ['news/**']);
  assert.deepEqual(nested.workspace.corpusExclude, ['drafts/**']);
  assert.equal(nested.codeLensEnabled, false);
  const flat = parseSettings({ 'corpus.exclude': ['old/*.txt'] });
  assert.deepEqual(flat.workspace.corpusExclude, ['old/*.txt']);
});

test('a wrong type is named with the key and what it expects, and only that key falls back', () => {
  const { settings, workspace, problems } = parseSettings({
    extraAttributionCues: 'told us',
    outlets: [{ pattern: 'wire/**', outlet: 'Wire' }],
    codeLens: { enabled: 'yes' },
  });
  assert.equal(problems.length, 2);
  const cues = problems.find((p) => p.key === 'sourceReview.extraAttributionCues');
  assert.ok(cues, JSON.stringify(problems));
  assert.match(cues.message, /sourceReview\.extraAttributionCues expects an array of at most 1000 strings/u);
  assert.match(cues.message, /using the default \(\[\]\)/u);
  assert.match(problems.find((p) => p.key === 'sourceReview.codeLens.enabled')!.message, /expects a boolean/u);
  assert.deepEqual(settings.extraAttributionCues, []);
  assert.deepEqual(workspace.outlets, [{ pattern: 'wire/**', outlet: 'Wire' }], 'the valid key applies');
});

test('an outlet entry with both or neither of pattern and signature is refused with the key named', () => {
  for (const entry of [{ outlet: 'X' }, { pattern: 'a/**', signature: 'b', outlet: 'X' }, { pattern: 'a/**' }]) {
    const { workspace, problems } = parseSettings({ outlets: [entry] });
    assert.deepEqual(workspace.outlets, []);
    assert.match(problems[0]!.message, /^sourceReview\.outlets expects an array of at most 500 objects/u, JSON.stringify(entry));
  }
});

test('a glob that is too long or expands to too many alternatives is refused, naming the entry', () => {
  const long = parseSettings({ corpus: { exclude: ['a'.repeat(300)] } });
  assert.deepEqual(long.workspace.corpusExclude, []);
  assert.match(long.problems[0]!.message, /sourceReview\.corpus\.exclude\.0/u);
  const braces = parseSettings({ 'corpus.include': ['{a,b}{c,d}{e,f}{g,h}{i,j}{k,l}{m,n}/*.md'] });
  assert.deepEqual(braces.workspace.corpusInclude, []);
  assert.match(braces.problems[0]!.message, /alternatives/u);
});

test('a rule override with an unknown severity keeps the default overrides and names the rule', () => {
  const { settings, problems } = parseSettings({ rules: { 'boilerplate/read-more': 'critical' } });
  assert.deepEqual(settings.rules, {});
  assert.match(problems[0]!.message, /sourceReview\.rules\.boilerplate\/read-more/u);
});

test('phrases and cues are trimmed and empty ones refused', () => {
  assert.deepEqual(parseSettings({ extraAttributionCues: ['  told us '] }).settings.extraAttributionCues, ['told us']);
  assert.equal(parseSettings({ extraAttributionCues: ['   '] }).problems.length, 1);
});

test('an unknown trace level is reported though only the editor reads it', () => {
  const { problems } = parseSettings({ trace: { server: 'loud' } });
  assert.match(problems[0]!.message, /sourceReview\.trace\.server expects one of "off", "messages", "verbose"/u);
});

test('a rules key that is neither a category nor a known rule id is named', () => {
  const { settings } = parseSettings({ rules: { comment: false, 'boilerplate/read-more': 'hint', 'boilerplate/readmore': false } });
  const problems = unknownRuleProblems(settings, ['boilerplate/read-more']);
  assert.deepEqual(problems.map((p) => p.key), ['sourceReview.rules.boilerplate/readmore']);
});
