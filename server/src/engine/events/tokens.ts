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

/** What a token is apart from where it stands: the same for every occurrence of a word. */
interface WordShape {
  readonly text: string;
  readonly lower: string;
  readonly capitalised: boolean;
  readonly allCaps: boolean;
  readonly numeric: boolean;
}

/**
 * The shape of each word seen. Words repeat, so each is lower-cased and classified once,
 * and its occurrences share one `text` and one `lower` string: the memo tables the
 * extractors key by them then find them without hashing a fresh string.
 */
const shapes = new Map<string, WordShape>();
const SHAPE_LIMIT = 100_000;

function shapeOf(raw: string): WordShape {
  let shape = shapes.get(raw);
  if (shape === undefined) {
    if (shapes.size >= SHAPE_LIMIT) {
      shapes.clear();
    }
    const first = raw[0]!;
    let lower = raw.toLowerCase();
    if (lower.includes('ё') || lower.includes('’')) {
      lower = lower.replace(/ё/gu, 'е').replace(/’/gu, "'");
    }
    const numeric = first >= '0' && first <= '9';
    const capitalised = !numeric && first !== first.toLowerCase();
    const allCaps = capitalised && raw.length >= 2 && raw === raw.toUpperCase() && letterCount(raw) >= 2;
    shape = { text: raw, lower, capitalised, allCaps, numeric };
    shapes.set(raw, shape);
  }
  return shape;
}

/** Splits text into word and number tokens. Possessive `'s` stays on the word. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const shape = shapeOf(m[0]);
    const start = m.index;
    out.push({
      text: shape.text,
      lower: shape.lower,
      start,
      end: start + shape.text.length,
      capitalised: shape.capitalised,
      allCaps: shape.allCaps,
      numeric: shape.numeric,
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
