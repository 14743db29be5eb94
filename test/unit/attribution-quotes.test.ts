import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuotes } from '../../server/src/engine/attribution/quotes.js';

const quoted = (text: string): string[] => findQuotes(text, { start: 0, end: text.length }).map((q) => text.slice(q.start, q.end));

test('curly, angle, low-high and straight double quotes are found', () => {
  assert.deepEqual(quoted('He said “we stay” and «мы уходим» and „wir bleiben“ and "they go".'), [
    '“we stay”',
    '«мы уходим»',
    '„wir bleiben“',
    '"they go"',
  ]);
});

test('nested angle quotes close at the outer mark', () => {
  assert.deepEqual(quoted('Он сказал: «Мы читали «Известия» каждый день».'), ['«Мы читали «Известия» каждый день»']);
});

test('two apostrophes work as a double quote', () => {
  assert.deepEqual(quoted("She called it ''a disgrace,'' and left."), ["''a disgrace,''"]);
});

test('apostrophes inside and after words are not quotes', () => {
  assert.deepEqual(quoted('Russia’s army and the Sanders’ campaign met at the farmers’ market.'), []);
});

test('single quotes open after a space and close before one', () => {
  assert.deepEqual(quoted('He called it ‘a total failure’ on Monday.'), ['‘a total failure’']);
});

test('a quote left open runs to the end of the paragraph and says so', () => {
  const text = '“The first part of the speech continues here';
  const [q] = findQuotes(text, { start: 0, end: text.length });
  assert.equal(q?.closed, false);
  assert.equal(q?.end, text.length);
});

test('a closing mark with no opener continues a quote from the paragraph start', () => {
  const text = 'and so we will stay,” he said.';
  const [q] = findQuotes(text, { start: 0, end: text.length });
  assert.equal(q?.opened, false);
  assert.equal(text.slice(q!.start, q!.end), 'and so we will stay,”');
});

test('quotes are counted in words', () => {
  const text = 'A "one" and "three short words".';
  assert.deepEqual(
    findQuotes(text, { start: 0, end: text.length }).map((q) => q.words),
    [1, 3],
  );
});
