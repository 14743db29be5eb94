import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { parseSeed } from '../../server/src/engine/index.js';
import { lazySeed } from '../../server/src/lsp/lazySeed.js';
import { OutletMap } from '../../server/src/settings/outlets.js';
import { WorkspaceScope } from '../../server/src/settings/scope.js';

const ARTICLE = [
  '# Tram line to the airport opens in spring',
  '',
  'The new tram line will link the central station with the airport from April.',
  'Tickets will cost the same as on the rest of the network, the transport office said.',
  '',
  '© Harbour Gazette, all rights reserved',
  '',
].join('\n');

test('the first matching entry names the outlet, by path glob or by literal text in any case', () => {
  const map = new OutletMap([
    { pattern: 'gazette/**', outlet: 'Gazette (by folder)' },
    { signature: '© HARBOUR GAZETTE', outlet: 'Harbour Gazette' },
    { pattern: '**/*.md', outlet: 'Markdown outlet' },
  ]);
  assert.equal(map.resolve(['gazette/2024/tram.md'], ARTICLE), 'Gazette (by folder)');
  assert.equal(map.resolve(['other/tram.md'], ARTICLE), 'Harbour Gazette');
  assert.equal(map.resolve(['other/tram.md'], 'No signature here.'), 'Markdown outlet');
  assert.equal(map.resolve(['other/tram.txt'], 'No signature here.'), undefined);
});

test('a signature that reads as a regular expression is matched as literal text only', () => {
  const map = new OutletMap([{ signature: '(a+)+$', outlet: 'Literal' }]);
  assert.equal(map.resolve([], `${'a'.repeat(50_000)}!`), undefined);
  assert.equal(map.resolve([], 'footer: (a+)+$ end'), 'Literal');
});

test('a mapped document keeps its text and structure and shows the user outlet', () => {
  const doc = parseSeed('file:///w/gazette/tram.md', ARTICLE);
  const mapped = new OutletMap([{ pattern: 'gazette/*.md', outlet: 'Harbour Gazette' }]).apply(doc, ['gazette/tram.md']);
  assert.equal(mapped.outlet, 'Harbour Gazette');
  assert.equal(mapped.text, doc.text);
  assert.equal(mapped.sentences.length, doc.sentences.length);
  assert.equal(new OutletMap([]).apply(doc, ['gazette/tram.md']), doc, 'no entry: the same document');
});

test('mapping a lazily parsed document does not parse it, and a later map starts from the detected outlet', () => {
  const doc = lazySeed('file:///w/tram.md', ARTICLE);
  const first = new OutletMap([{ pattern: '*.md', outlet: 'First' }]);
  const mapped = first.apply(doc, ['tram.md']);
  const descriptor = Object.getOwnPropertyDescriptor(mapped, 'sentences');
  assert.equal(typeof descriptor?.get, 'function', 'sentences stay a lazy getter');
  assert.equal(mapped.outlet, 'First');
  assert.equal(first.apply(mapped, ['other.txt']).outlet, doc.outlet, 'a non-matching path gives back the original');
});

test('the workspace scope matches globs relative to the folder the file lies in', () => {
  const root = join('/', 'work', 'corpus');
  const scope = new WorkspaceScope(
    { outlets: [{ pattern: 'wire/**', outlet: 'Wire' }], corpusInclude: ['**/*.md'], corpusExclude: ['drafts/**'] },
    [root],
  );
  assert.ok(scope.accepts(join(root, 'wire', 'a.md')));
  assert.ok(!scope.accepts(join(root, 'wire', 'a.txt')), 'not included');
  assert.ok(!scope.accepts(join(root, 'drafts', 'b.md')), 'excluded');
  const doc = parseSeed('file:///work/corpus/wire/a.md', ARTICLE);
  assert.equal(scope.applyOutlet(doc, join(root, 'wire', 'a.md')).outlet, 'Wire');
  assert.equal(scope.applyOutlet(doc, join(root, 'desk', 'a.md')).outlet, doc.outlet);
});
