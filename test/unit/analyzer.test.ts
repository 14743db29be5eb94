import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAnalyzer } from '../../server/src/engine/analyzer.js';
import { CorpusIndex } from '../../server/src/engine/corpus/corpus.js';
import { parseSeed } from '../../server/src/engine/document.js';
import type { Rule } from '../../server/src/engine/rules/rule.js';

const lineRule = (id: string, needle: string): Rule => ({
  id,
  category: 'boilerplate',
  defaultSeverity: 'warning',
  description: `flags lines containing ${needle}`,
  detect: (doc) =>
    doc.lines.filter((l) => l.text.includes(needle)).map((l) => ({ start: l.start, end: l.end, message: `has ${needle}` })),
});

const doc = parseSeed('mem://a.txt', 'Donate today\n\nStory text.\n\nDonate now please');

test('findings carry rule id, category, severity and message, sorted by position', () => {
  const analyzer = createAnalyzer({ rules: [lineRule('boilerplate/x', 'Donate')] });
  const found = analyzer.analyze(doc);
  assert.deepEqual(
    found.map((f) => [f.rule, f.category, f.severity, f.start]),
    [
      ['boilerplate/x', 'boilerplate', 'warning', 0],
      ['boilerplate/x', 'boilerplate', 'warning', 27],
    ],
  );
});

test('a later rule does not repeat a span an earlier rule of the same category covers', () => {
  const analyzer = createAnalyzer({ rules: [lineRule('boilerplate/specific', 'Donate now'), lineRule('boilerplate/generic', 'Donate')] });
  const found = analyzer.analyze(doc);
  assert.deepEqual(
    found.map((f) => f.rule),
    ['boilerplate/generic', 'boilerplate/specific'],
  );
});

test('settings turn rules off and change severity by category or by rule id', () => {
  const rules = [lineRule('boilerplate/x', 'Donate')];
  const off = createAnalyzer({ rules, settings: { rules: { boilerplate: { enabled: false } }, extraBoilerplatePhrases: [] } });
  assert.equal(off.analyze(doc).length, 0);
  const hint = createAnalyzer({
    rules,
    settings: { rules: { boilerplate: { severity: 'error' }, 'boilerplate/x': { severity: 'hint' } }, extraBoilerplatePhrases: [] },
  });
  assert.ok(hint.analyze(doc).every((f) => f.severity === 'hint'));
});

test('the registry is exposed with descriptions', () => {
  const analyzer = createAnalyzer({ rules: [lineRule('boilerplate/x', 'Donate')] });
  assert.equal(analyzer.rule('boilerplate/x')?.description, 'flags lines containing Donate');
  assert.equal(analyzer.rule('nope'), undefined);
});

test('the corpus index finds lines repeated in other documents and forgets removed ones', () => {
  const corpus = new CorpusIndex();
  corpus.set(parseSeed('mem://1.txt', 'Subscribe to our letter\nA unique first line.'));
  corpus.set(parseSeed('mem://2.txt', '“Subscribe to our letter!”\nAnother unique line.'));
  assert.deepEqual(corpus.documentsWithLine('subscribe to our letter', 'mem://1.txt'), ['mem://2.txt']);
  assert.deepEqual(corpus.documentsWithLine('a unique first line', 'mem://1.txt'), []);
  corpus.delete('mem://2.txt');
  assert.deepEqual(corpus.documentsWithLine('subscribe to our letter', 'mem://1.txt'), []);
  corpus.set(parseSeed('mem://1.txt', 'Replaced text entirely'));
  assert.equal(corpus.size, 1);
  assert.deepEqual(corpus.documentsWithLine('subscribe to our letter'), []);
});

test('a hit may raise its own severity unless the user set one', () => {
  const raising: Rule = { ...lineRule('boilerplate/r', 'Donate'), detect: (d) => [{ start: 0, end: d.lines[0]!.end, message: 'm', severity: 'error' }] };
  assert.equal(createAnalyzer({ rules: [raising] }).analyze(doc)[0]!.severity, 'error');
  const userSet = createAnalyzer({ rules: [raising], settings: { rules: { boilerplate: { severity: 'hint' } }, extraBoilerplatePhrases: [] } });
  assert.equal(userSet.analyze(doc)[0]!.severity, 'hint');
});
