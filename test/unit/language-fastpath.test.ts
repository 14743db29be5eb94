import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { LanguageCode } from '../../server/src/engine/types.js';
import { detectLanguage } from '../../server/src/engine/language/detect.js';
import { EN_STOPWORDS } from '../../server/src/engine/language/en.js';

/** The regex-based detector that the character-table one replaced, kept as the reference. */
function referenceDetectLanguage(text: string, minLetters = 20): LanguageCode {
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  const cyrillic = sample.match(/\p{Script=Cyrillic}/gu)?.length ?? 0;
  const latin = sample.match(/\p{Script=Latin}/gu)?.length ?? 0;
  if (cyrillic + latin < minLetters) {
    return 'und';
  }
  if (cyrillic > latin) {
    const ukrainian = sample.match(/[іїєґІЇЄҐ]/g)?.length ?? 0;
    return ukrainian / cyrillic > 0.01 ? 'uk' : 'ru';
  }
  const tokens = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (tokens.length === 0) {
    return 'und';
  }
  let hits = 0;
  for (const t of tokens) {
    if (EN_STOPWORDS.has(t)) {
      hits++;
    }
  }
  return tokens.length < 8 || hits / tokens.length >= 0.12 ? 'en' : 'und';
}

const PIECES = [
  'the', 'of', 'and', 'said', 'council', 'a', 'i', 'th', 'thee', 'yourselves', 'ourselvesx', 'whether', 'Whether', '\u212A', 'ﬀ', 'bridge', 'The', 'OF', 'и', 'в', 'мост', 'Совет', 'її', 'ґанок', 'Єва', 'і',
  'é', 'Ünter', 'ß', 'İ', 'ΣΑΣ', 'ǅ', 'ﬁ', 'Ｆｕｌｌ', 'ª', 'Ⅻ', '\u0301', '\u0485', 'a\u0301', '𝐀', '\u{1DF00}', '\u{1E030}', '\u{10780}',
  '\ud800', '\udc00', '中文', 'עברית', "it's", "don't", '2024', ' ', ' ', ' ', '\n', '.', ',', '—', '«', '»',
];

test('the character-table detector gives what the regex detector gives', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }), fc.integer({ min: 0, max: 30 }), (pieces, minLetters) => {
      const text = pieces.join('');
      assert.equal(detectLanguage(text, minLetters), referenceDetectLanguage(text, minLetters), JSON.stringify(text));
    }),
    { numRuns: 5000 },
  );
});

test('English, Russian, Ukrainian and mixed texts detect as before', () => {
  const texts = [
    'The harbour authority said on Tuesday that the new pier would open in spring.',
    'Городские власти во вторник сообщили, что новый мост откроют весной.',
    'Міська влада у вівторок повідомила, що новий міст відкриють навесні. Це її рішення.',
    'Le conseil municipal a voté mardi la fermeture du pont pour des travaux de sécurité.',
    'RT: Russian President Vladimir Putin said on Friday — Президент России заявил в пятницу.',
    '12 34 —',
    'x'.repeat(200_010) + ' the',
  ];
  for (const text of texts) {
    assert.equal(detectLanguage(text), referenceDetectLanguage(text), text.slice(0, 60));
  }
});
