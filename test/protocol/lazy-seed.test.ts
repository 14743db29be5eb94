import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseSeed } from '../../server/src/engine/index.js';
import { lazySeed } from '../../server/src/lsp/lazySeed.js';
import { ARTICLE_WITH_COMMENTS, RUSSIAN_ARTICLE } from './fixtures.js';

/** Corpus seeds read from disk are parsed on first use; they must not differ from a full parse. */
describe('a lazily parsed corpus seed', () => {
  for (const [name, text] of [['English with comments', ARTICLE_WITH_COMMENTS], ['Russian', RUSSIAN_ARTICLE]] as const) {
    it(`has the same lines, blocks, sentences, language and outlet as a full parse (${name})`, () => {
      const lazy = lazySeed('file:///seeds/x.txt', text);
      const full = parseSeed('file:///seeds/x.txt', text);
      assert.deepEqual(lazy.lines, full.lines);
      assert.deepEqual(lazy.blocks, full.blocks);
      assert.deepEqual(lazy.listItems, full.listItems);
      assert.deepEqual(lazy.sentences, full.sentences);
      assert.equal(lazy.language, full.language);
      assert.equal(lazy.outlet, full.outlet);
      assert.equal(lazy.plain, full.plain);
      assert.deepEqual(lazy.lineMap.positionAt(text.length), full.lineMap.positionAt(text.length));
    });
  }
});
