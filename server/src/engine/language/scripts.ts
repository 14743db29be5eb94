/**
 * Per-character classes for language detection, looked up in a table instead of running
 * Unicode-property regexes over the whole text. Each class is worked out once per
 * character with the very regexes it replaces, so counts match theirs exactly.
 */

import { isSurrogatePairAt } from '../text.js';

const CYRILLIC = 1;
const LATIN = 2;
const LETTER = 4;
const KNOWN = 8;

const CYRILLIC_RE = /^\p{Script=Cyrillic}$/u;
const LATIN_RE = /^\p{Script=Latin}$/u;
const LETTER_RE = /^\p{L}$/u;

/** Classes of the BMP code units met so far (0 = not yet worked out). */
const bmp = new Uint8Array(0x10000);

function classify(char: string): number {
  return (
    KNOWN |
    (CYRILLIC_RE.test(char) ? CYRILLIC : 0) |
    (LATIN_RE.test(char) ? LATIN : 0) |
    (LETTER_RE.test(char) ? LETTER : 0)
  );
}

/**
 * The classes of the code point at `i` of `text` and its length in code units (2 for a
 * surrogate pair), packed as `classes | length << 4`.
 */
function codePointAt(text: string, i: number): number {
  if (isSurrogatePairAt(text, i)) {
    // Astral code points are rare in prose: no table for them.
    return classify(text.slice(i, i + 2)) | (2 << 4);
  }
  const c = text.charCodeAt(i);
  let k = bmp[c]!;
  if (k === 0) {
    k = classify(String.fromCharCode(c));
    bmp[c] = k;
  }
  return k | (1 << 4);
}

/** Ukrainian letters absent from Russian: і ї є ґ І Ї Є Ґ. */
function isUkrainianOnly(c: number): boolean {
  return c === 0x456 || c === 0x457 || c === 0x454 || c === 0x491 || c === 0x406 || c === 0x407 || c === 0x404 || c === 0x490;
}

/** Counts of the code points of `text` in the Cyrillic and Latin scripts, and of Ukrainian-only letters. */
export interface ScriptCounts {
  readonly cyrillic: number;
  readonly latin: number;
  readonly ukrainian: number;
}

/**
 * How many code points of `text` are in the Cyrillic script, in the Latin script, and
 * Ukrainian-only letters; the same as counting matches of `\p{Script=Cyrillic}`,
 * `\p{Script=Latin}` and `[іїєґІЇЄҐ]`.
 */
export function countScripts(text: string): ScriptCounts {
  let cyrillic = 0;
  let latin = 0;
  let ukrainian = 0;
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
        latin++;
      }
      i++;
      continue;
    }
    const k = codePointAt(text, i);
    if (k & CYRILLIC) {
      cyrillic++;
      if (isUkrainianOnly(c)) {
        ukrainian++;
      }
    } else if (k & LATIN) {
      latin++;
    }
    i += k >> 4;
  }
  return { cyrillic, latin, ukrainian };
}

/** A trie of lower-case ASCII words: 26 child slots per node (0 = none), then 1 if a word ends there. */
export type WordTrie = Int32Array;

const SLOTS = 27;

/** The trie of those of `words` that are spelt with the letters a–z only. */
export function wordTrie(words: Iterable<string>): WordTrie {
  const plain = [...words].filter((w) => /^[a-z]+$/.test(w));
  const trie = new Int32Array(SLOTS * (1 + plain.reduce((n, w) => n + w.length, 0)));
  let nodes = 1;
  for (const word of plain) {
    let node = 0;
    for (let i = 0; i < word.length; i++) {
      const slot = node * SLOTS + word.charCodeAt(i) - 97;
      if (trie[slot] === 0) {
        trie[slot] = nodes++;
      }
      node = trie[slot]!;
    }
    trie[node * SLOTS + 26] = 1;
  }
  return trie;
}

/**
 * How many maximal runs of letters (`\p{L}+`) `text` holds, and how many of them are words
 * of `trie` (exactly, case included).
 */
export function countWords(text: string, trie: WordTrie): { words: number; hits: number } {
  let words = 0;
  let hits = 0;
  let inWord = false;
  /** Trie node of the word so far; -1 once it has left the trie. */
  let node = 0;
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    let letter: boolean;
    let length = 1;
    if (c < 0x80) {
      letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    } else {
      const k = codePointAt(text, i);
      letter = (k & LETTER) !== 0;
      length = k >> 4;
    }
    if (letter) {
      if (!inWord) {
        inWord = true;
        words++;
        node = 0;
      }
      if (node >= 0) {
        node = c >= 97 && c <= 122 ? trie[node * SLOTS + c - 97]! || -1 : -1;
      }
    } else if (inWord) {
      inWord = false;
      if (node > 0 && trie[node * SLOTS + 26] === 1) {
        hits++;
      }
    }
    i += length;
  }
  if (inWord && node > 0 && trie[node * SLOTS + 26] === 1) {
    hits++;
  }
  return { words, hits };
}
