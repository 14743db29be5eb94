import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { LanguageCode, Span } from '../../server/src/engine/types.js';
import { simpleSentenceBreaks } from '../../server/src/engine/sentenceBreaks.js';
import { endsSentence, isWhiteSpace, splitSentences, tokenBeforeDot } from '../../server/src/engine/sentences.js';
import { EN_ABBREVIATIONS } from '../../server/src/engine/language/en.js';
import { RU_ABBREVIATIONS } from '../../server/src/engine/language/ru.js';

const LANGUAGES: LanguageCode[] = ['en', 'ru', 'uk'];
const segmenters = LANGUAGES.map((l) => new Intl.Segmenter(l, { granularity: 'sentence' }));

function icuBreaks(segmenter: Intl.Segmenter, text: string): number[] {
  return [...segmenter.segment(text)].map((s) => s.index + s.segment.length);
}

/** Characters of every class the scan knows, and words around them. */
const TOKENS = [
  'a', 'z', 'Q', 'я', 'Я', 'ё', 'Ё', 'ї', 'Ґ', 'ß', 'É', 'ÿ', '×', '0', '7', '.', '.', '.', '!', '?', ' ', ' ', ' ', '\n', '\r', '\r\n', '\t',
  '\u00a0', '"', "'", '(', ')', '[', ']', '{', '}', '«', '»', '“', '”', '„', '‘', '’', '‚', ',', '-', ':', ';', '–', '—', '…', '•', '%',
  '#', '&', '/', '©', '°', '№', '€', 'Mr.', 'U.S.', 'e.g.', 'т.е.', 'г.', 'The', 'council', 'said', 'Совет', 'заявил', '2024', '3.5', '1.',
];

test('the simple scan finds the sentence breaks of Intl.Segmenter', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...TOKENS), { maxLength: 30 }), (tokens) => {
      const text = tokens.join('');
      const fast = simpleSentenceBreaks(text);
      assert.ok(fast, JSON.stringify(text));
      for (const segmenter of segmenters) {
        assert.deepEqual(fast, icuBreaks(segmenter, text), JSON.stringify(text));
      }
    }),
    { numRuns: 4000 },
  );
});

test('English and Russian prose breaks as with Intl.Segmenter', () => {
  const texts = [
    'The talks began on Feb. 12 in Geneva, the U.S. envoy said. Mr. Holm of the U.N. agency disagreed! Why? "Because," he said. (It rained.) Next…',
    'Соглашение подписал А. Н. Смирнов в 2019 г. на встрече в Казани. Сумма составила 15 тыс. руб., т.е. меньше плана! «Работы продолжатся», — сказал он.',
    'Line one.\nLine two\r\nline three.\rLast: 3.5 million; 1. First 2) second.  Spaces.\t Tab.',
    '',
  ];
  for (const text of texts) {
    const fast = simpleSentenceBreaks(text);
    assert.ok(fast, text);
    for (const segmenter of segmenters) {
      assert.deepEqual(fast, icuBreaks(segmenter, text), text);
    }
  }
});

test('characters of unknown sentence class are left to ICU', () => {
  for (const text of ['замо\u0301к', '中文。', 'Hi 👋.', 'soft\u00adhyphen', 'a\u2028b', 'a\u0085b', 'zero\u200bwidth', '¿Qué?', 'a\u0000b']) {
    assert.equal(simpleSentenceBreaks(text), undefined, JSON.stringify(text));
  }
});

test('isWhiteSpace is /\\s/u on every UTF-16 code unit', () => {
  for (let c = 0; c < 0x10000; c++) {
    assert.equal(isWhiteSpace(c), /\s/u.test(String.fromCharCode(c)), c.toString(16));
  }
});

test('tokenBeforeDot is the word the old regex found before a final full stop', () => {
  const pieces = ['U', 'S', 'a', 'Mr', 'г', 'т', 'é', '𝐀', '\u{1DF00}', '\ud835', '\udc00', '.', '.', ' ', ' ', '\n', '\u00a0', '1', ',', '-', '"'];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 14 }), (parts) => {
      const before = parts.join('');
      assert.equal(tokenBeforeDot(before), /([\p{L}.]+)\.\s*$/u.exec(before)?.[1], JSON.stringify(before));
    }),
    { numRuns: 5000 },
  );
});

test('endsSentence is the old end-of-sentence regex on the slice', () => {
  const pieces = ['a', 'Я', '.', '!', '?', '…', ':', ';', '»', '"', '”', "'", '’', ')', ']', '(', '«', ' ', '\n', '\u00a0', '\u3000', ','];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 10 }), fc.nat(3), fc.nat(3), (parts, cutStart, cutEnd) => {
      const text = parts.join('');
      const start = Math.min(cutStart, text.length);
      const end = Math.max(start, text.length - cutEnd);
      assert.equal(endsSentence(text, start, end), /[.!?…:;»"”'’)\]]\s*$/u.test(text.slice(start, end)), JSON.stringify([text, start, end]));
    }),
    { numRuns: 3000 },
  );
});

test('splitSentences gives what the ICU-only splitter gave, on short and windowed runs', () => {
  const words = [...TOKENS, 'Feb.', 'J.', 'R.', 'В.', 'Путин', 'tys.', 'etc.', 'др.', 'замо\u0301к', '中文。', ' 2. ', ' 3) '];
  const check = (text: string, language: LanguageCode): void => {
    const span = { start: 1, end: Math.max(1, text.length - 1) };
    assert.deepEqual(splitSentences(text, span, language), referenceSplitSentences(text, span, language), JSON.stringify(text));
  };
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...words), { maxLength: 40 }), fc.constantFrom(...LANGUAGES), (parts, language) => {
      check(parts.join(''), language);
    }),
    { numRuns: 1500 },
  );
  // Runs longer than a window: the scan must see ICU's windows, cut as before.
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...words), { minLength: 3000, maxLength: 4000 }), (parts) => {
      check(parts.join(''), 'en');
    }),
    { numRuns: 6 },
  );
  const prose = 'Mr. Holm said the U.S. envoy left on Feb. 12. Совет заявил, что А. Н. Смирнов уехал в 2019 г. домой! ';
  check(prose.repeat(200), 'en');
  check(prose.repeat(200).replaceAll(' ', ''), 'ru');
});

// The splitter as it was before the simple scan: ICU for every window, regexes for the joins.

function referenceSplitSentences(text: string, span: Span, language: LanguageCode): Span[] {
  const segmenter = segmenters[LANGUAGES.indexOf(language)]!;
  const slice = text.slice(span.start, span.end);
  const pieces: { start: number; end: number }[] = [];
  for (let from = 0; from < slice.length; ) {
    const to = slice.length - from > 4096 ? referenceWindowEnd(slice, from) : slice.length;
    for (const seg of segmenter.segment(slice.slice(from, to))) {
      const start = span.start + from + seg.index;
      const end = start + seg.segment.length;
      const prev = pieces[pieces.length - 1];
      if (prev && (/^\s*\d{1,3}[.)]\s*$/u.test(text.slice(prev.start, prev.end)) || referenceShouldJoin(text, prev.end, start))) {
        prev.end = end;
      } else {
        pieces.push({ start, end });
      }
    }
    from = to;
  }
  const out: Span[] = [];
  for (const p of pieces) {
    let { start, end } = p;
    while (start < end && /\s/u.test(text[start]!)) {
      start++;
    }
    while (end > start && /\s/u.test(text[end - 1]!)) {
      end--;
    }
    if (end > start) {
      out.push({ start, end });
    }
  }
  return out;
}

function referenceWindowEnd(text: string, from: number): number {
  const limit = from + 4096;
  let lastSpace = -1;
  for (let i = limit - 1; i > from; i--) {
    if (/\s/u.test(text[i]!)) {
      if (lastSpace < 0) {
        lastSpace = i;
      }
      if (/[.!?]["»”’)]*$/u.test(text.slice(Math.max(from, i - 4), i))) {
        return i + 1;
      }
    }
  }
  if (lastSpace > 0) {
    return lastSpace + 1;
  }
  return /[\uD800-\uDBFF]/u.test(text[limit - 1]!) ? limit - 1 : limit;
}

function referenceShouldJoin(text: string, prevEnd: number, nextStart: number): boolean {
  const before = text.slice(Math.max(0, prevEnd - 40), prevEnd);
  const firstNext = text.slice(nextStart, nextStart + 3).trimStart()[0];
  if (firstNext === undefined) {
    return true;
  }
  if (/[\p{Ll}\p{N},;:)\]»”’]/u.test(firstNext)) {
    return !/[!?]\s*$/u.test(before) || /\p{Ll}/u.test(firstNext);
  }
  const m = /([\p{L}.]+)\.\s*$/u.exec(before);
  if (!m) {
    return false;
  }
  const token = m[1]!;
  const lower = token.toLowerCase();
  if (EN_ABBREVIATIONS.has(lower) || RU_ABBREVIATIONS.has(lower)) {
    return !/^(?:u\.s|u\.k|u\.n|u\.s\.a|e\.u|d\.c|etc|т\.д|т\.п|др)$/u.test(lower);
  }
  return /^\p{Lu}$/u.test(token) || /^(?:\p{Lu}\.)+\p{Lu}$/u.test(token);
}
