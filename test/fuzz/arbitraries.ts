/**
 * Generators of hostile and of Markdown-shaped seed texts, shared by the property tests
 * (`test/unit/property-*.test.ts`, bounded runs) and the long fuzz run (`npm run fuzz`).
 * Every word here was written for these tests; none comes from a real page.
 */
import fc from 'fast-check';

/** Single UTF-16 units and short sequences that break naive text code. */
const ODD_PIECES = [
  '\uD800', '\uDBFF', '\uDC00', '\uDFFF', // lone surrogates, both halves
  '😀', '👩‍👧‍👦', '🇷🇺', '𝔘', // pairs, a ZWJ sequence, a flag, a math letter
  'e\u0301', '\u0301', 'й', 'и\u0306', // combining marks, alone and after a base letter
  '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', // zero-width characters and a stray BOM
  '\u200F', '\u202E', '\u2067', 'שלום', 'مرحبا', // RTL marks and overrides, Hebrew, Arabic
  '\r', '\n', '\r\n', '\n\r', '\u2028', '\u2029', '\u0085', '\f', '\v', // every kind of line break
  '\u0000', '\u0007', '\u001B[31m', '\uFFFD', '\uFFFF', // NUL, control codes, replacement character
  '  ', '\t', '\u00A0', '\u3000', // spaces of all kinds
  '>', '> > ', '- ', '* ', '1. ', '#', '## ', '```', '|', '[', ']', '(', ')', '<!--', '-->', '<b>', '&amp;', '\\', '_', '*',
] as const;

/** Short English and Russian words and punctuation. */
const WORDS_EN = ['the', 'council', 'said', 'river', 'bridge', 'officials', 'according', 'to', 'reported', 'mayor', 'ferry', 'strike', 'union', 'on', 'Tuesday', 'voted', 'budget', 'police', 'sources', 'claimed', 'experts', 'believe', 'residents', 'harbour', 'trees'] as const;
const WORDS_RU = ['мэр', 'города', 'сообщил', 'по', 'словам', 'источники', 'утверждают', 'мост', 'река', 'в', 'понедельник', 'эксперты', 'считают', 'жители', 'полиция', 'бюджет', 'заявил', 'как', 'стало', 'известно', 'якобы', 'новости', 'району'] as const;
const PUNCT = [',', '.', '!', '?', ':', ';', '—', '–', '«', '»', '“', '”', '"', "'", '…'] as const;

/** Arbitrary text of code units and odd pieces: surrogates (paired and lone), marks, RTL, every line break, NUL. */
export function hostileText(maxPieces = 60): fc.Arbitrary<string> {
  const piece = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...ODD_PIECES) },
    { weight: 3, arbitrary: fc.constantFrom(...WORDS_EN, ...WORDS_RU, ...PUNCT, ' ') },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
    { weight: 1, arbitrary: fc.integer({ min: 0, max: 0xffff }).map((u) => String.fromCharCode(u)) },
  );
  return fc.array(piece, { maxLength: maxPieces }).map((pieces) => pieces.join(''));
}

const wordEn = fc.constantFrom(...WORDS_EN);
const wordRu = fc.constantFrom(...WORDS_RU);

/** One sentence of 3–14 words in one language, capitalised, with an end mark. */
function sentence(word: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc
    .tuple(fc.array(word, { minLength: 3, maxLength: 14 }), fc.constantFrom('.', '.', '.', '!', '?', '…'), fc.boolean())
    .map(([ws, end, quoted]) => {
      const body = ws.join(' ');
      const text = body.charAt(0).toUpperCase() + body.slice(1) + end;
      return quoted ? `«${text}» — ${ws[0]}` : text;
    });
}

const sentenceAny = fc.oneof(sentence(wordEn), sentence(wordRu));

/** A paragraph of one to four sentences. */
const paragraph = fc.array(sentenceAny, { minLength: 1, maxLength: 4 }).map((s) => s.join(' '));

/** Page chrome and comment-section lines, in both languages (short, site-like). */
const CHROME = [
  'Read more', 'Читать далее', 'Subscribe', 'Подписаться', 'Share', 'Поделиться', 'Advertisement', 'Реклама',
  'Support us! Donate now to keep our journalism free.', 'Поддержите нас! Пожертвуйте любую сумму.',
  'Sign up for our newsletter', 'Подпишитесь на нашу рассылку', 'All rights reserved.', 'Все права защищены.',
  'Comments', 'Комментарии', 'Comments (3)', 'Комментарии (12)', 'Reply', 'Ответить', 'Comments are closed.',
  'Photo: press service', 'Фото: пресс-служба', '© 2024', '12:45', '3 hours ago', '2 часа назад', '14.03.2024 08:15',
] as const;

/** A comment-section-like block: a header, then user lines, times, comment texts and reply markers. */
const commentBlock = fc
  .tuple(
    fc.constantFrom('Comments', 'Комментарии', 'Comments (4)', 'Обсуждение'),
    fc.array(
      fc.tuple(fc.constantFrom('anna_k', 'Petrov77', 'River Fan', 'гость', 'Ольга'), fc.constantFrom('says:', 'пишет:', ''), fc.constantFrom('2 hours ago', 'вчера в 18:30', '12.03.2024'), sentenceAny, fc.boolean()),
      { minLength: 1, maxLength: 6 },
    ),
  )
  .map(([header, comments]) => [header, ...comments.flatMap(([user, says, when, text, reply]) => [`${user} ${says}`.trim(), when, text, ...(reply ? ['Reply'] : [])])].join('\n'));

/** A Markdown list, possibly nested, of sentences. */
const list = fc
  .array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.constantFrom('- ', '* ', '1. ', '+ '), sentenceAny), { minLength: 1, maxLength: 6 })
  .map((items) => items.map(([depth, bullet, text]) => `${'  '.repeat(depth)}${bullet}${text}`).join('\n'));

/** A block quote, possibly nested. */
const quote = fc
  .tuple(fc.integer({ min: 1, max: 4 }), fc.array(sentenceAny, { minLength: 1, maxLength: 3 }))
  .map(([depth, lines]) => lines.map((l) => `${'> '.repeat(depth)}${l}`).join('\n'));

const heading = fc.tuple(fc.integer({ min: 1, max: 6 }), sentenceAny).map(([level, text]) => `${'#'.repeat(level)} ${text}`);

/** One block of a seed: prose, heading, list, quote, chrome, comments, or a few hostile pieces. */
const block = fc.oneof(
  { weight: 6, arbitrary: paragraph },
  { weight: 1, arbitrary: heading },
  { weight: 2, arbitrary: list },
  { weight: 1, arbitrary: quote },
  { weight: 2, arbitrary: fc.constantFrom(...CHROME) },
  { weight: 1, arbitrary: commentBlock },
  { weight: 1, arbitrary: hostileText(8) },
);

/** A Markdown-shaped seed: blocks separated by blank or single line breaks, all LF, CRLF or CR. */
export function markdownSeed(maxBlocks = 14): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.array(fc.tuple(block, fc.constantFrom('\n\n', '\n', '\n\n\n')), { minLength: 1, maxLength: maxBlocks }),
      fc.constantFrom('\n', '\n', '\r\n', '\r'),
    )
    .map(([blocks, eol]) => blocks.map(([b, sep]) => b + sep).join('').replace(/\n/gu, eol));
}

/** Either kind of text, for properties that must hold for all input. */
export function anySeedText(): fc.Arbitrary<string> {
  return fc.oneof(markdownSeed(), hostileText());
}

/** A piece of text an edit inserts: empty (a deletion), words, line breaks or odd pieces. */
export const insertion: fc.Arbitrary<string> = fc.oneof(
  fc.constant(''),
  sentenceAny,
  fc.constantFrom('\n', '\r\n', '\n\n', 'Read more\n', 'Комментарии\n', '😀', '\uD800', '- ', '> '),
  hostileText(4),
);

/** How many runs a property does: `FC_RUNS` when set (the fuzz run), else `fallback`. */
export function runs(fallback: number): number {
  const n = Number(process.env['FC_RUNS']);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

/**
 * Parameters of `fc.assert`: bounded runs, a replayable seed (`FC_SEED`) when given. fast-check
 * prints the seed and shrunk counterexample of a failure in the error message.
 */
export function fcParams<T>(fallbackRuns: number): fc.Parameters<T> {
  const seed = Number(process.env['FC_SEED']);
  return { numRuns: runs(fallbackRuns), ...(Number.isInteger(seed) && process.env['FC_SEED'] !== '' ? { seed } : {}) };
}
