import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { normaliseAnyLine, normaliseLine } from '../../server/src/engine/text.js';
import { fcParams } from '../fuzz/arbitraries.js';

/**
 * Characters the fast path handles (ASCII, Russian letters, common punctuation) and characters
 * it must leave to the general path (combining marks, ligatures, fullwidth forms, superscripts,
 * "№", final sigma, dotted İ, astral letters and a lone surrogate).
 */
const ALPHABET = [
  ...'abcxyzABCXYZ0189 .,;:!?-_\'"()[]/@#&*\t',
  ...'абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВЁЙЩЪЫЭЮЯ',
  ...'іїєґўІЇЄҐЎ',
  '\u00a0', '«', '»', '·', '‐', '‑', '–', '—', '―', '‘', '’', '‚', '“', '”', '„', '•', '…',
  '\u0301', '\u0306', '\u0308', 'ﬁ', 'ﬀ', 'Ａ', 'ｚ', '５', '！', '²', '½', '№', 'Σ', 'ς', 'İ', 'ß', 'é', 'Å',
  '\u2009', '\u3000', '\u200b', '\ufeff', '𝐀', '😀', '\ud800', 'Ⅻ', 'ǅ', 'µ',
];

const line = fc
  .array(fc.constantFrom(...ALPHABET), { maxLength: 40 })
  .map((chars) => chars.join(''));

describe('normaliseLine', () => {
  it('gives the same key as the general path on mixed generated lines', () => {
    fc.assert(
      fc.property(line, (text) => {
        assert.equal(normaliseLine(text), normaliseAnyLine(text));
      }),
      fcParams(3000),
    );
  });

  it('gives the same key as the general path on every fast character followed by a combining mark', () => {
    for (let c = 0; c < 0x460; c++) {
      for (const next of ['', '\u0301', '\u0306', '\u0308', 'a', ' ']) {
        const text = `x${String.fromCharCode(c)}${next}y`;
        assert.equal(normaliseLine(text), normaliseAnyLine(text), JSON.stringify(text));
      }
    }
  });

  it('gives the same key as the general path on hand-written English and Russian lines', () => {
    const lines = [
      '',
      '   ',
      '  «Читать   ДАЛЕЕ» — ',
      '“Read more!”',
      'Subscribe to our newsletter…',
      'Ёлки-палки, ЙОШКАР-ОЛА: 12 000 жителей',
      'Copyright © 2023 The Daily News. All rights reserved.',
      'Фото: РИА Новости / Иван Иванов',
      'It’s\u00a0a “quote” — and ‘another’ one…',
      'Поделиться:  VK • Telegram • WhatsApp',
      'ﬁnancial ＮＥＷＳ №5 café',
      'Cafe\u0301 и е\u0308лка',
    ];
    for (const text of lines) {
      assert.equal(normaliseLine(text), normaliseAnyLine(text), JSON.stringify(text));
    }
    assert.equal(normaliseLine('  «Читать   ДАЛЕЕ» — '), 'читать далее');
    assert.equal(normaliseLine('ﬁnancial ＮＥＷＳ №5'), 'financial news no5');
  });
});
