import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { words } from '../../server/src/engine/text.js';
import { lineFeatures } from '../../server/src/engine/boilerplate/features.js';
import { parseSeed } from '../../server/src/engine/document.js';
import { fcParams } from '../fuzz/arbitraries.js';

/** The pattern the one-pass tokenizer replaced: the specification it must agree with. */
const WORD = /\p{L}+(?:['’\-]\p{L}+)*/gu;
const reference = (text: string) => text.match(WORD) ?? [];

/** Letters of several scripts (astral ones too), joiners, digits and what is neither. */
const CHARS = [
  ...'aZяЁй', "'", '’', '-', '-', '_', '0', '7', ' ', '.', '—', '\u00a0', '\t', '²', 'Ⅻ', 'é', '\u0301', 'ß', '中', 'ー',
  '\u200b', '𝐀', '😀', '𐐷', '\ud800', '\udc00', '\ud835',
];

describe('words', () => {
  it('gives the tokens of the word pattern on generated text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...CHARS), { maxLength: 30 }), (chars) => {
        const text = chars.join('');
        assert.deepEqual(words(text), reference(text), JSON.stringify(text));
      }),
      fcParams(3000),
    );
  });

  it('gives the tokens of the word pattern around every BMP code unit', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      for (const text of [`ab${ch}cd`, `a-${ch}`, `${ch}'b`]) {
        assert.deepEqual(words(text), reference(text), `U+${c.toString(16)} in ${JSON.stringify(text)}`);
      }
    }
  });

  it('gives the tokens of the word pattern on hand-written English and Russian lines', () => {
    const lines = [
      '',
      "Don't stop — it's the well-known co-author's 3-D view.",
      'Северо-Западный округ: «Из-за дождя» — 5 мм.',
      "rock 'n' roll -- a--b 'quoted' -dash- trailing'",
      'Шоу «Голос»’ и д’Артаньян',
    ];
    for (const line of lines) {
      assert.deepEqual(words(line), reference(line), line);
    }
  });
});

describe('lineFeatures', () => {
  it('gives the same features when computed again (the function-word cache keeps no state that matters)', () => {
    const doc = parseSeed(
      'file:///seeds/tokens.txt',
      ['The council said the plan would go ahead.', '', 'Мы и вы: подпишитесь на нашу рассылку!', '', 'Le maire et les élus de la ville.'].join('\n'),
    );
    const first = lineFeatures(doc);
    assert.deepEqual(lineFeatures(doc), first);
    assert.ok(first[0]!.stopwordDensity > 0 && first[2]!.cyrillic && first[4]!.stopwordDensity > 0);
  });
});
