// The event-signature code as it was before the performance work (main at eb42e7d), kept verbatim
// as the reference the differential tests (events-signature-*.test.ts) compare the current code with.
/**
 * Numbers of a sentence (counts, amounts, magnitudes), normalised so that "300,000",
 * "300 000" and "300 тыс." meet. Years and the parts of dates are not numbers here.
 */

/** One number written in a sentence. */
export interface NumberMention {
  readonly value: number;
  readonly start: number;
  readonly end: number;
}

const NUMBER = /(?<![\p{L}\p{N}.,])(\d{1,3}(?:[,\u00a0\u202f ]\d{3})+|\d+(?:[.,]\d+)?)(?:\s*(million|billion|thousand|млн|млрд|тыс)\.?)?(?![\p{N}])/giu;

const SCALE: Record<string, number> = { million: 1e6, billion: 1e9, thousand: 1e3, млн: 1e6, млрд: 1e9, тыс: 1e3 };

const WORDS: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, dozen: 12,
  fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100,
  два: 2, две: 2, двух: 2, три: 3, трех: 3, трое: 3, четыре: 4, четырех: 4, пять: 5, пяти: 5, шесть: 6, семь: 7,
  восемь: 8, девять: 9, десять: 10, десяти: 10, двадцать: 20, сто: 100,
};
const NUMBER_WORD = new RegExp(`(?<![\\p{L}])(${Object.keys(WORDS).join('|')})(?![\\p{L}])`, 'giu');

/**
 * Finds the numbers of `text`, skipping spans in `exclude` (dates). Four-digit numbers
 * from 1900 to 2100 without a scale are taken for years and skipped.
 */
export function findNumbers(text: string, exclude: readonly { start: number; end: number }[] = []): NumberMention[] {
  const out: NumberMention[] = [];
  const outside = (s: number, e: number): boolean => exclude.every((x) => e <= x.start || s >= x.end);
  // Written numbers need an ASCII digit: most sentences have none.
  for (const m of /\d/u.test(text) ? text.matchAll(NUMBER) : []) {
    const start = m.index;
    const end = start + m[0].length;
    if (!outside(start, end)) {
      continue;
    }
    const raw = m[1]!;
    const grouped = /^\d{1,3}(?:[,\u00a0\u202f ]\d{3})+$/u.test(raw);
    let value = grouped ? Number(raw.replace(/[,\u00a0\u202f ]/gu, '')) : Number(raw.replace(',', '.'));
    const scale = m[2] ? SCALE[m[2].toLowerCase()] : undefined;
    if (!scale && !grouped && /^\d{4}$/u.test(raw) && value >= 1900 && value <= 2100) {
      continue;
    }
    if (scale) {
      value *= scale;
    }
    if (Number.isFinite(value)) {
      out.push({ value, start, end });
    }
  }
  for (const m of text.matchAll(NUMBER_WORD)) {
    const start = m.index;
    const end = start + m[0].length;
    if (outside(start, end)) {
      out.push({ value: WORDS[m[1]!.toLowerCase()]!, start, end });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
