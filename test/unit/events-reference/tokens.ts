// The event-signature code as it was before the performance work (main at eb42e7d), kept verbatim
// as the reference the differential tests (events-signature-*.test.ts) compare the current code with.
/** Word tokens with offsets: the common input of the event signature extractors. */

/** One word or number of a sentence, with its offsets into the sentence text. */
export interface Token {
  /** The token as written. */
  readonly text: string;
  /** Lower-cased, `ё` folded to `е`, curly apostrophes straightened. */
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  /** Starts with an upper-case letter. */
  readonly capitalised: boolean;
  /** Two or more letters, all upper case (an acronym or a shouted headline). */
  readonly allCaps: boolean;
  /** Digits (possibly with separators). */
  readonly numeric: boolean;
}

const TOKEN = /\p{L}+(?:['’\-.]\p{L}+)*(?:['’]s)?|\d+(?:[.,]\d+)*/gu;

/** Splits text into word and number tokens. Possessive `'s` stays on the word. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const raw = m[0];
    const start = m.index;
    const first = raw[0]!;
    let lower = raw.toLowerCase();
    if (lower.includes('ё') || lower.includes('’')) {
      lower = lower.replace(/ё/gu, 'е').replace(/’/gu, "'");
    }
    const numeric = first >= '0' && first <= '9';
    const capitalised = !numeric && first !== first.toLowerCase();
    out.push({
      text: raw,
      lower,
      start,
      end: start + raw.length,
      capitalised,
      allCaps: capitalised && raw.length >= 2 && raw === raw.toUpperCase() && letterCount(raw) >= 2,
      numeric,
    });
  }
  return out;
}

/** How many letters a token has, stopping at two (all that {@link tokenize} asks). */
function letterCount(raw: string): number {
  let n = 0;
  for (const ch of raw) {
    if (ch !== "'" && ch !== '’' && ch !== '-' && ch !== '.' && ++n >= 2) {
      break;
    }
  }
  return n;
}

/**
 * True when most words of a line are capitalised and it does not end like a sentence:
 * a headline, where capitals say nothing about names.
 */
export function isTitleCase(tokens: readonly Token[], text?: string): boolean {
  if (text !== undefined && /[.!?…]["”’»)\]]*\s*$/u.test(text)) {
    return false;
  }
  const wordsOnly = tokens.filter((t) => !t.numeric && t.lower.length > 3);
  if (wordsOnly.length < 3) {
    return false;
  }
  const caps = wordsOnly.filter((t) => t.capitalised).length;
  return caps / wordsOnly.length >= 0.75;
}
