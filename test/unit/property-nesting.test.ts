import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parseSeed } from '../../server/src/engine/index.js';
import { MAX_MARKDOWN_NESTING, markdownNesting } from '../../server/src/engine/nesting.js';
import { fcParams, markdownSeed } from '../fuzz/arbitraries.js';

const marker = fc.constantFrom('> ', '- ', '* ', '+ ', '1. ', '12) ', '>');

describe('Markdown nesting guard', () => {
  it('counts at least one level per container marker at the start of a line', () => {
    fc.assert(
      fc.property(fc.array(marker, { maxLength: 40 }), fc.constantFrom('', '  ', '\t'), (markers, indent) => {
        assert.ok(markdownNesting(`Before.\n${indent}${markers.join('')}text\nAfter.`) >= markers.length);
      }),
      fcParams(200),
    );
  });

  it('leaves ordinary Markdown-shaped seeds to the Markdown parser', () => {
    fc.assert(
      fc.property(markdownSeed(), (text) => {
        assert.ok(markdownNesting(text) <= MAX_MARKDOWN_NESTING);
        assert.equal(parseSeed('file:///seed.md', text).plain, false);
      }),
      fcParams(100),
    );
  });

  it('counts indentation before a marker, not indented prose', () => {
    assert.equal(markdownNesting(`${' '.repeat(400)}plain indented prose`), 0);
    assert.ok(markdownNesting(`${' '.repeat(400)}- an item`) > MAX_MARKDOWN_NESTING);
    assert.equal(markdownNesting('1999. A year, not a list?\n-1 degrees\n--- rule'), 1);
  });

  for (const [name, prefix] of [['list items', '- '], ['block quotes', '> ']] as const) {
    it(`reads a document of 10,000 nested ${name} as plain lines, keeping its text`, () => {
      const deep = `${prefix.repeat(10_000)}the ferry left at noon, officials said.`;
      const doc = parseSeed('file:///deep.md', `The council met on Monday.\n\n${deep}\n`);
      assert.equal(doc.plain, true);
      assert.deepEqual(doc.blocks.map((b) => [b.firstLine, b.lastLine]), [[0, 0], [2, 2]]);
    });
  }
});
