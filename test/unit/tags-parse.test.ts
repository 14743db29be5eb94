import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scanTags } from '../../server/src/engine/tags/parse.js';
import { escapeNote, formatOpenTag, nearestKind } from '../../server/src/engine/tags/format.js';
import type { TagScan } from '../../server/src/engine/tags/types.js';

const slice = (text: string, s: { start: number; end: number }) => text.slice(s.start, s.end);

test('an inline tag yields its kind, both comments and the text between as content', () => {
  const text = 'Before. <!-- review:boilerplate -->Support our newsroom!<!-- /review --> After.';
  const { tags, problems } = scanTags(text);
  assert.deepEqual(problems, []);
  assert.equal(tags.length, 1);
  const tag = tags[0]!;
  assert.equal(tag.kind, 'boilerplate');
  assert.equal(tag.block, false);
  assert.equal(tag.note, undefined);
  assert.equal(slice(text, tag.open), '<!-- review:boilerplate -->');
  assert.equal(slice(text, tag.close), '<!-- /review -->');
  assert.equal(slice(text, tag.content), 'Support our newsroom!');
});

test('case and white space inside the comments are free', () => {
  for (const [open, close] of [
    ['<!--Review:Boilerplate-->', '<!--/review-->'],
    ['<!--   REVIEW :  comment   -->', '<!-- /REVIEW -->'],
    ['<!--\treview:\tattributed\n-->', '<!--  /  Review  -->'],
  ] as const) {
    const text = `x ${open}Подпишитесь на наш канал${close} y`;
    const { tags, problems } = scanTags(text);
    assert.deepEqual(problems, [], `${open} … ${close}`);
    assert.equal(tags.length, 1, `${open} … ${close}`);
    assert.equal(slice(text, tags[0]!.content), 'Подпишитесь на наш канал');
  }
});

test('a note is read with its escaped quotes and backslashes', () => {
  const text = '<!-- review:unattributed note="who \\"says\\" so? C:\\\\tmp" -->Prices will fall.<!-- /review -->';
  const { tags, problems } = scanTags(text);
  assert.deepEqual(problems, []);
  assert.equal(tags[0]!.note, 'who "says" so? C:\\tmp');
});

test('any note survives formatting and reading back, even one holding comment markers', () => {
  for (const note of ['plain', 'with "quotes"', 'back\\slash\\', 'ends -->', '<!-- review:x -->', 'кто сказал? «Источник»', '', '--->']) {
    const text = `${formatOpenTag('note', note)}text<!-- /review -->`;
    const scan = scanTags(text);
    assert.deepEqual(scan.problems, [], JSON.stringify(note));
    assert.equal(scan.tags[0]!.note, note);
    assert.ok(!escapeNote(note).includes('-->'));
  }
});

test('the block form tags the lines between an opening and a closing line, without their line breaks', () => {
  const text = 'Title\r\n  <!-- review:comment -->  \r\nFirst reader.\r\nSecond reader.\r\n<!-- /review -->\r\nEnd';
  const { tags } = scanTags(text);
  assert.equal(tags.length, 1);
  assert.equal(tags[0]!.block, true);
  assert.equal(slice(text, tags[0]!.content), 'First reader.\r\nSecond reader.');
});

test('an opening tag alone on its line with an inline closing tag is the inline form', () => {
  const text = '<!-- review:note -->\nsome text<!-- /review -->';
  const tag = scanTags(text).tags[0]!;
  assert.equal(tag.block, false);
  assert.equal(slice(text, tag.content), '\nsome text');
});

test('tags nest like HTML elements: a closing tag closes the most recent opening tag', () => {
  const text = '<!-- review:comment -->A <!-- review:unattributed -->B<!-- /review --> C<!-- /review -->';
  const { tags, problems } = scanTags(text);
  assert.deepEqual(problems, []);
  assert.deepEqual(
    tags.map((t) => [t.kind, slice(text, t.content)]),
    [
      ['comment', 'A <!-- review:unattributed -->B<!-- /review --> C'],
      ['unattributed', 'B'],
    ],
  );
});

test('ordinary HTML comments and comments that merely start with "review" are not tags', () => {
  const text = '<!-- reviewed by Anna --> <!-- review later --> <!-- TODO --> text <!-- preview:x -->';
  assert.deepEqual(scanTags(text), { tags: [], problems: [], markup: [] } satisfies TagScan);
});

test('an unclosed opening tag is reported on the opening comment', () => {
  const text = 'a <!-- review:boilerplate -->Donate now';
  const { tags, problems } = scanTags(text);
  assert.equal(tags.length, 0);
  assert.equal(problems.length, 1);
  assert.equal(problems[0]!.kind, 'unclosed');
  assert.equal(slice(text, problems[0]!.span), '<!-- review:boilerplate -->');
});

test('a closing tag without an opening one is reported', () => {
  const text = 'Text.<!-- /review --> More.';
  const { problems } = scanTags(text);
  assert.deepEqual(
    problems.map((p) => [p.kind, slice(text, p.span)]),
    [['unmatched-close', '<!-- /review -->']],
  );
});

test('an unknown kind is reported with the nearest known kind, and its closing tag is not reported too', () => {
  const text = '<!-- review:boilerplat -->x<!-- /review -->';
  const { tags, problems } = scanTags(text);
  assert.equal(tags.length, 0, 'an unknown kind marks nothing reviewed');
  assert.deepEqual(
    problems.map((p) => p.kind),
    ['unknown-kind'],
  );
  assert.match(problems[0]!.message, /boilerplate/);
});

test('a malformed note is reported but the tag still counts with the note recovered', () => {
  for (const [open, note] of [
    ['<!-- review:comment note=spam bot -->', 'spam bot'],
    ['<!-- review:comment note="never closed -->', 'never closed'],
    ['<!-- review:comment note=«ёлки» -->', 'ёлки'],
    ['<!-- review:comment stray words -->', 'stray words'],
    ['<!-- review:comment note -->', undefined],
  ] as const) {
    const text = `${open}x<!-- /review -->`;
    const { tags, problems } = scanTags(text);
    assert.deepEqual(
      problems.map((p) => p.kind),
      ['malformed-note'],
      open,
    );
    assert.equal(tags.length, 1, open);
    assert.equal(tags[0]!.note, note, open);
  }
});

test('a tag comment missing its --> is reported once, as unclosed, and its closing tag is not reported too', () => {
  const text = 'x <!-- review:boilerplate Donate\nnext line <!-- /review -->';
  const { problems } = scanTags(text);
  assert.deepEqual(
    problems.map((p) => [p.kind, slice(text, p.span)]),
    [['unclosed', '<!-- review:boilerplate']],
  );
});

test('the nearest kind tolerates prefixes and typos and falls back to note', () => {
  assert.equal(nearestKind('boiler'), 'boilerplate');
  assert.equal(nearestKind('comments'), 'comment');
  assert.equal(nearestKind('unatributed'), 'unattributed');
  assert.equal(nearestKind('attrib'), 'attributed');
  assert.equal(nearestKind('zzzzzz'), 'note');
  assert.equal(nearestKind(''), 'note');
});

test('pathological comment runs are scanned without trouble', () => {
  const opens = '<!--'.repeat(500_000);
  assert.deepEqual(scanTags(opens), { tags: [], problems: [], markup: [] });
  const unterminated = '<!-- review:note '.repeat(20_000);
  assert.equal(scanTags(unterminated).problems.length, 20_000);
});
