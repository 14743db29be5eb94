import { test } from 'node:test';
import assert from 'node:assert/strict';
import { framingDifferences } from '../../server/src/engine/events/framing.js';

test('a word one report puts in quotation marks and the other does not is a framing difference', () => {
  const found = framingDifferences(
    { text: 'The decree allows the army to deploy "peacekeepers" to the border district.' },
    { text: 'The decree sends peacekeepers to the border district.' },
  );
  const quoted = found.filter((f) => f.kind === 'quoted');
  assert.equal(quoted.length, 1);
  assert.equal(quoted[0]!.inA, 'peacekeepers');
  assert.equal(quoted[0]!.side, 'a');
});

test('Kiev in one report and Kyiv in the other is a spelling difference', () => {
  const found = framingDifferences({ text: 'Officials in Kiev rejected the plan.' }, { text: 'Officials in Kyiv rejected the plan.' });
  assert.deepEqual(
    found.filter((f) => f.kind === 'spelling').map((f) => [f.inA, f.inB]),
    [['Kiev', 'Kyiv']],
  );
});

test('a Russian case ending is not a spelling difference', () => {
  const found = framingDifferences({ text: 'Делегация прибыла в Киев.' }, { text: 'Переговоры прошли в Киеве.' });
  assert.deepEqual(found.filter((f) => f.kind === 'spelling'), []);
});

test('a loaded word used by only one report is listed, in either language', () => {
  const found = framingDifferences(
    { text: 'The regime in the capital ordered the arrests.' },
    { text: 'Так называемые власти в столице приказали провести аресты.' },
  );
  const loaded = found.filter((f) => f.kind === 'loaded');
  assert.ok(loaded.some((f) => f.side === 'a' && f.inA === 'regime'));
  assert.ok(loaded.some((f) => f.side === 'b' && f.inB === 'так называем'));
});

test('an apostrophe is not a quotation mark', () => {
  const found = framingDifferences({ text: "Norway's envoy met Sweden's minister." }, { text: 'The envoys met.' });
  assert.deepEqual(found.filter((f) => f.kind === 'quoted'), []);
});
