import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseSeed } from '../../server/src/engine/document.js';
import { ReprintIndex } from '../../server/src/engine/events/reprints.js';

const wire = [
  'Heavy rain flooded the old town of Rivne overnight, forcing about two hundred residents to leave their homes before dawn.',
  'Rescue teams used boats to reach families trapped on the upper floors of buildings along the river embankment.',
];

const original = parseSeed('mem://agency.txt', ['Floods in Rivne', ...wire, 'Our correspondent will follow the story.'].join('\n'));
// The republished copy changes one word and adds its own lines around the wire text.
const copy = parseSeed('mem://portal.txt', ['Weather news', 'From our partners:', wire[0]!.replace('residents', 'people'), wire[1]!, 'Share this story'].join('\n'));
const unrelated = parseSeed('mem://other.txt', 'The city council approved a new budget for schools and parks on Thursday after a long debate.');

function indexOf(...docs: ReturnType<typeof parseSeed>[]): ReprintIndex {
  const index = new ReprintIndex();
  for (const d of docs) {
    index.set(d, d.sentences);
  }
  return index;
}

test('a republished passage with one word changed is found in both documents, with its lines', () => {
  const index = indexOf(original, copy, unrelated);
  const [inOriginal] = index.reprintsOf(original.uri);
  assert.ok(inOriginal);
  assert.equal(inOriginal.otherUri, copy.uri);
  assert.deepEqual([inOriginal.firstLine, inOriginal.lastLine], [1, 2]);
  assert.deepEqual([inOriginal.otherFirstLine, inOriginal.otherLastLine], [2, 3]);
  assert.ok(inOriginal.overlap < 1, 'the edited word shows as less than verbatim');
  const [inCopy] = index.reprintsOf(copy.uri);
  assert.equal(inCopy?.otherUri, original.uri);
});

test('documents that share no passage have no reprints', () => {
  const index = indexOf(original, unrelated);
  assert.deepEqual(index.reprintsOf(original.uri), []);
  assert.deepEqual(index.reprintsOf(unrelated.uri), []);
});

test('a hover position inside the passage finds it, one outside does not', () => {
  const index = indexOf(original, copy);
  const inside = original.lineMap.lines[2]!.start + 5;
  const outside = original.lineMap.lines[3]!.start + 5;
  assert.equal(index.reprintsAt(original.uri, inside).length, 1);
  assert.equal(index.reprintsAt(original.uri, outside).length, 0);
});

test('deleting the copy removes the reprint', () => {
  const index = indexOf(original, copy);
  index.delete(copy.uri);
  assert.deepEqual(index.reprintsOf(original.uri), []);
});
