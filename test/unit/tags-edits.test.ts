import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { applyEdits, removeSpanEdit, removeTagEdits, tagEdits } from '../../server/src/engine/tags/edits.js';
import { scanTags } from '../../server/src/engine/tags/parse.js';
import { TAG_KINDS, type TagKind } from '../../server/src/engine/tags/types.js';
import { trimSpan } from '../../server/src/engine/text.js';
import { lineEnd, lineStart } from '../../server/src/engine/tags/lines.js';

/** Pieces generated texts are made of: English, Russian, odd Unicode, line breaks and stray markup. */
const PIECES = [
  'The ministry said on Tuesday',
  'prices will fall',
  'Подпишитесь на наш канал',
  '«Цены снизятся», — заявил он',
  ' ',
  '  ',
  '\t',
  '\n',
  '\n\n',
  '\r\n',
  '\r',
  '👋🏽',
  'e\u0301',
  '\u00a0',
  '\u200b',
  '\ufeff',
  'مرحبا',
  '“quoted”',
  '<!--',
  '-->',
  '<!-- /review -->',
  '<!-- review:note -->',
  '-',
  '>',
];

const texts = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 30 }).map((parts) => parts.join(''));
const kinds = fc.constantFrom<TagKind>(...TAG_KINDS);

/** Where the opening comment of inserted tag edits lands (after the indentation of the block form). */
function openingAt(edits: readonly { span: { start: number }; newText: string }[]): number {
  return edits[0]!.span.start + edits[0]!.newText.indexOf('<!--');
}

/** A text and a span inside it. */
const textAndSpan = texts.chain((text) =>
  fc
    .tuple(fc.integer({ min: 0, max: text.length }), fc.integer({ min: 0, max: text.length }))
    .map(([a, b]) => ({ text, span: { start: Math.min(a, b), end: Math.max(a, b) } })),
);

test('tagging a span and removing the tag gives back the original bytes', () => {
  fc.assert(
    fc.property(textAndSpan, kinds, fc.option(fc.string(), { nil: undefined }), ({ text, span }, kind, note) => {
      const edits = tagEdits(text, span, kind, note);
      if (edits === undefined) {
        return; // refused: blank span, or one cutting through tag markup (covered below)
      }
      const tagged = applyEdits(text, edits);
      const tag = scanTags(tagged).tags.find((t) => t.open.start === openingAt(edits));
      assert.ok(tag, 'the inserted tag reads back as a tag');
      assert.equal(tag.kind, kind);
      assert.equal(tag.note, note);
      assert.equal(applyEdits(tagged, removeTagEdits(tagged, tag)), text);
    }),
    { numRuns: 3000 },
  );
});

test('a tag is inserted so the text between its comments is the original text, byte for byte', () => {
  fc.assert(
    fc.property(textAndSpan, kinds, ({ text, span }, kind) => {
      const edits = tagEdits(text, span, kind);
      if (edits === undefined) {
        return;
      }
      const tagged = applyEdits(text, edits);
      const tag = scanTags(tagged).tags.find((t) => t.open.start === openingAt(edits))!;
      const target = trimSpan(text, span);
      const content = tagged.slice(tag.content.start, tag.content.end);
      if (tag.block) {
        assert.equal(content, text.slice(lineStart(text, target.start), lineEnd(text, target.end)));
      } else {
        assert.equal(content, text.slice(target.start, target.end));
      }
      assert.equal(tagged.slice(0, tag.open.start), text.slice(0, tag.open.start), 'nothing before the tag changes');
    }),
    { numRuns: 1500 },
  );
});

test('a plain span of clean text is never refused', () => {
  const clean = fc.array(fc.constantFrom(...PIECES.filter((p) => !/[<>-]/.test(p))), { minLength: 1, maxLength: 20 }).map((p) => p.join(''));
  fc.assert(
    fc.property(clean, fc.nat(), fc.nat(), kinds, (text, a, b, kind) => {
      const span = { start: Math.min(a, b) % (text.length + 1), end: Math.max(a, b) % (text.length + 1) };
      const target = trimSpan(text, { start: Math.min(span.start, span.end), end: Math.max(span.start, span.end) });
      const edits = tagEdits(text, { start: Math.min(span.start, span.end), end: Math.max(span.start, span.end) }, kind);
      assert.equal(edits === undefined, target.end <= target.start);
    }),
    { numRuns: 1500 },
  );
});

test('a span within a line gets the inline form', () => {
  const text = 'Article text. Support our newsroom! More text.';
  const start = text.indexOf('Support');
  const edits = tagEdits(text, { start, end: text.indexOf(' More') }, 'boilerplate')!;
  assert.equal(
    applyEdits(text, edits),
    'Article text. <!-- review:boilerplate -->Support our newsroom!<!-- /review --> More text.',
  );
});

test('a span of whole lines gets the block form with the document’s own line breaks', () => {
  const text = 'Статья.\r\n\r\n1. Иван: отличная статья\r\n2. Анна: согласна\r\nКонец';
  const start = text.indexOf('1.');
  const end = text.indexOf('\r\nКонец');
  const tagged = applyEdits(text, tagEdits(text, { start, end }, 'comment')!);
  assert.equal(tagged, 'Статья.\r\n\r\n<!-- review:comment -->\r\n1. Иван: отличная статья\r\n2. Анна: согласна\r\n<!-- /review -->\r\nКонец');
  assert.equal(scanTags(tagged).tags[0]!.block, true);
});

test('a single whole line gets the inline form, as in the contract', () => {
  const text = 'Support The Daily Courier!\nArticle.';
  const tagged = applyEdits(text, tagEdits(text, { start: 0, end: 26 }, 'boilerplate')!);
  assert.equal(tagged, '<!-- review:boilerplate -->Support The Daily Courier!<!-- /review -->\nArticle.');
});

test('a span that cuts through another tag is refused', () => {
  const text = 'a <!-- review:note -->b c<!-- /review --> d';
  assert.equal(tagEdits(text, { start: 0, end: text.indexOf('c') }, 'comment'), undefined);
  assert.ok(tagEdits(text, { start: 0, end: text.length }, 'comment'), 'a span around a whole tag nests');
});

test('removing a whole-line span takes its line and the blank line it leaves', () => {
  const text = 'First paragraph.\n\nSupport us!\n\nSecond paragraph.';
  const span = { start: text.indexOf('Support'), end: text.indexOf('!') + 1 };
  assert.equal(applyEdits(text, [removeSpanEdit(text, span)]), 'First paragraph.\n\nSecond paragraph.');
});

test('removing a span at the end or start of the text leaves no blank line behind', () => {
  const end = 'Статья.\n\nПоддержите нас';
  assert.equal(applyEdits(end, [removeSpanEdit(end, { start: 9, end: end.length })]), 'Статья.');
  const endBreak = 'Статья.\n\nПоддержите нас\n';
  assert.equal(applyEdits(endBreak, [removeSpanEdit(endBreak, { start: 9, end: endBreak.length - 1 })]), 'Статья.\n');
  const start = 'Read more\n\nArticle.';
  assert.equal(applyEdits(start, [removeSpanEdit(start, { start: 0, end: 9 })]), 'Article.');
});

test('removing a span inside a line removes exactly the span and the space it leaves dangling', () => {
  const text = 'The minister spoke. Share this article';
  assert.equal(applyEdits(text, [removeSpanEdit(text, { start: 20, end: text.length })]), 'The minister spoke.');
  const mid = 'One. Ad here. Two.';
  assert.equal(applyEdits(mid, [removeSpanEdit(mid, { start: 5, end: 13 })]), 'One.  Two.');
});

test('removing a span deletes only the span and white space next to it', () => {
  fc.assert(
    fc.property(textAndSpan, ({ text, span }) => {
      const edit = removeSpanEdit(text, span);
      const target = trimSpan(text, span);
      assert.ok(edit.span.start <= target.start && edit.span.end >= target.end);
      const extra = text.slice(edit.span.start, target.start) + text.slice(target.end, edit.span.end);
      assert.match(extra, /^[\s\u200b\ufeff]*$/u);
    }),
    { numRuns: 2000 },
  );
});

test('whole lines of generated texts get the block form, and removing it gives back the original bytes', () => {
  const line = fc.array(fc.constantFrom(...PIECES.filter((p) => !/[\r\n<>-]/.test(p))), { minLength: 1, maxLength: 6 }).map((p) => p.join(''));
  const doc = fc.tuple(fc.array(line, { minLength: 2, maxLength: 12 }), fc.constantFrom('\n', '\r\n', '\r'), fc.boolean());
  fc.assert(
    fc.property(doc, fc.nat(), fc.nat(), kinds, ([lines, eol, finalBreak], a, b, kind) => {
      const text = lines.join(eol) + (finalBreak ? eol : '');
      const first = a % lines.length;
      const last = b % lines.length;
      const [from, to] = first <= last ? [first, last] : [last, first];
      const starts = lines.map((_, i) => lines.slice(0, i).reduce((n, l) => n + l.length + eol.length, 0));
      const span = { start: starts[from]!, end: starts[to]! + lines[to]!.length };
      const target = trimSpan(text, span);
      const edits = tagEdits(text, span, kind);
      if (target.end <= target.start) {
        assert.equal(edits, undefined);
        return;
      }
      assert.ok(edits, 'a span of clean lines is never refused');
      const tagged = applyEdits(text, edits);
      const tag = scanTags(tagged).tags[0]!;
      const multiLine = /[\r\n]/.test(text.slice(target.start, target.end));
      assert.equal(tag.block, multiLine, 'block form exactly when the span crosses a line break');
      assert.equal(applyEdits(tagged, removeTagEdits(tagged, tag)), text);
    }),
    { numRuns: 1500 },
  );
});

test('block tags take the indentation of the first tagged line, so a list item stays in its list', () => {
  const text = '1. First reader\n  2. Second reader,\n  who goes on\n3. Third';
  const start = text.indexOf('2.');
  const end = text.lastIndexOf('on') + 2;
  const tagged = applyEdits(text, tagEdits(text, { start, end }, 'comment')!);
  assert.equal(tagged, '1. First reader\n  <!-- review:comment -->\n  2. Second reader,\n  who goes on\n  <!-- /review -->\n3. Third');
  const tag = scanTags(tagged).tags[0]!;
  assert.equal(tag.block, true);
  assert.equal(applyEdits(tagged, removeTagEdits(tagged, tag)), text);
});
