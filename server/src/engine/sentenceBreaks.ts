/**
 * Sentence boundaries of Unicode's default rules (UAX #29, as ICU and `Intl.Segmenter`
 * apply them) computed by a plain scan, for texts made only of characters whose
 * Sentence_Break class is known here: ASCII, Latin-1 letters, the Russian and Ukrainian
 * alphabets and common quotes, dashes and spaces. Anything else (combining marks, format
 * characters, other scripts) makes {@link simpleSentenceBreaks} give up, and the caller
 * asks ICU. Tests hold the scan to `Intl.Segmenter`.
 */

const OTHER = 0;
const CR = 1;
const LF = 2;
const SP = 3;
const LOWER = 4;
const UPPER = 5;
const NUMERIC = 6;
const ATERM = 7;
const STERM = 8;
const CLOSE = 9;
const SCONTINUE = 10;
const UNKNOWN = 11;

const ASCII = new Uint8Array(128).fill(UNKNOWN);
for (let c = 32; c < 127; c++) {
  ASCII[c] = OTHER;
}
ASCII[9] = SP;
ASCII[10] = LF;
ASCII[13] = CR;
ASCII[32] = SP;
for (let c = 48; c <= 57; c++) {
  ASCII[c] = NUMERIC;
}
for (let c = 65; c <= 90; c++) {
  ASCII[c] = UPPER;
  ASCII[c + 32] = LOWER;
}
ASCII[46] = ATERM; // .
ASCII[33] = STERM; // !
ASCII[63] = STERM; // ?
for (const c of `"'()[]{}`) {
  ASCII[c.charCodeAt(0)] = CLOSE;
}
for (const c of ',-:;') {
  ASCII[c.charCodeAt(0)] = SCONTINUE;
}

function classOf(c: number): number {
  if (c < 128) {
    return ASCII[c]!;
  }
  if (c >= 0x400 && c <= 0x45f) {
    return c < 0x430 ? UPPER : LOWER;
  }
  if (c >= 0xc0 && c <= 0xff) {
    if (c === 0xd7 || c === 0xf7) {
      return OTHER; // × ÷
    }
    return c <= 0xde ? UPPER : LOWER;
  }
  switch (c) {
    case 0x490: // Ґ
      return UPPER;
    case 0x491: // ґ
      return LOWER;
    case 0xa0: // no-break space
      return SP;
    case 0xab: // «
    case 0xbb: // »
    case 0x2018: // ‘ ’ ‚ ‛ “ ” „ ‟
    case 0x2019:
    case 0x201a:
    case 0x201b:
    case 0x201c:
    case 0x201d:
    case 0x201e:
    case 0x201f:
      return CLOSE;
    case 0x2013: // –
    case 0x2014: // —
      return SCONTINUE;
    case 0xa9: // ©
    case 0xb0: // °
    case 0x2022: // •
    case 0x2026: // …
    case 0x2116: // №
    case 0x20ac: // €
      return OTHER;
  }
  return UNKNOWN;
}

/** {@link classOf} of every UTF-16 code unit up to the last known one, № (U+2116). */
const TABLE = new Uint8Array(0x2117);
for (let c = 0; c < TABLE.length; c++) {
  TABLE[c] = classOf(c);
}

function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c < TABLE.length ? TABLE[c]! : UNKNOWN;
}

/** Where the scan stands: not after a terminator, after `SATerm Close*`, or after `SATerm Close* Sp+`. */
const NONE = 0;
const AFTER_TERM = 1;
const AFTER_SPACE = 2;

/**
 * The end offsets of the sentence segments `Intl.Segmenter` would give for `text`, the
 * last being `text.length` (none for empty text); `undefined` when `text` holds a
 * character this scan does not know.
 */
export function simpleSentenceBreaks(text: string): number[] | undefined {
  const n = text.length;
  const breaks: number[] = [];
  let state = NONE;
  let aterm = false;
  /** Index of the terminator that opened the current state. */
  let termAt = -1;
  let prev = n > 0 ? classAt(text, 0) : OTHER;
  if (prev === UNKNOWN) {
    return undefined;
  }
  for (let i = 1; i < n; i++) {
    const cur = classAt(text, i);
    if (cur === UNKNOWN) {
      return undefined;
    }
    // The context up to the character before the boundary.
    if (prev === ATERM || prev === STERM) {
      state = AFTER_TERM;
      aterm = prev === ATERM;
      termAt = i - 1;
    } else if (prev === CLOSE && state === AFTER_TERM) {
      // SATerm Close*: unchanged.
    } else if (prev === SP && state !== NONE) {
      state = AFTER_SPACE;
    } else {
      state = NONE;
    }
    if (prev === CR ? cur !== LF : prev === LF || (state !== NONE && breaksAfterTerm(text, i, cur, state, aterm, termAt))) {
      breaks.push(i); // SB3, SB4, then SB6–SB11
    }
    prev = cur;
  }
  if (n > 0) {
    breaks.push(n);
  }
  return breaks;
}

/** Rules SB6–SB11 at boundary `i`, which follows `SATerm Close* Sp*` (SB998 holds elsewhere). */
function breaksAfterTerm(text: string, i: number, cur: number, state: number, aterm: boolean, termAt: number): boolean {
  if (aterm) {
    if (termAt === i - 1) {
      if (cur === NUMERIC) {
        return false; // SB6
      }
      const before = termAt > 0 ? classAt(text, termAt - 1) : OTHER;
      if (cur === UPPER && (before === UPPER || before === LOWER)) {
        return false; // SB7
      }
    }
    if (lowerFollows(text, i)) {
      return false; // SB8
    }
  }
  if (cur === SCONTINUE || cur === ATERM || cur === STERM) {
    return false; // SB8a
  }
  if (state === AFTER_TERM && (cur === CLOSE || cur === SP || cur === CR || cur === LF)) {
    return false; // SB9
  }
  if (cur === SP || cur === CR || cur === LF) {
    return false; // SB10
  }
  return true; // SB11
}

/** SB8: the first letter, paragraph separator or terminator from `i` on is a lower-case letter. */
function lowerFollows(text: string, i: number): boolean {
  for (let j = i; j < text.length; j++) {
    const k = classAt(text, j);
    if (k === LOWER) {
      return true;
    }
    if (k === UPPER || k === CR || k === LF || k === ATERM || k === STERM || k === UNKNOWN) {
      return false;
    }
  }
  return false;
}
