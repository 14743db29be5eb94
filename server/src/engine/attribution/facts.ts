import type { BodySentence } from './body.js';
import type { SentenceFacts } from './types.js';
import { isMostlyCyrillic } from './patterns.js';
import { findQuotes, type Quote } from './quotes.js';
import { findVagueCues } from './vague.js';

/** The quotes of every paragraph of the body, in document order. */
export function paragraphQuotes(text: string, sentences: readonly BodySentence[]): Quote[] {
  const out: Quote[] = [];
  let i = 0;
  while (i < sentences.length) {
    let j = i;
    while (j + 1 < sentences.length && sentences[j + 1]!.paragraph === sentences[i]!.paragraph) {
      j++;
    }
    out.push(...findQuotes(text, { start: sentences[i]!.start, end: sentences[j]!.end }));
    i = j + 1;
  }
  return out;
}

/** Language, unquoted text, quote share and vague cues of one sentence, given the quotes that overlap it. */
export function sentenceFacts(text: string, s: BodySentence, quotes: readonly Quote[]): SentenceFacts {
  let unquoted = '';
  let cursor = s.start;
  let quotedLetters = 0;
  for (const quote of quotes) {
    const from = Math.max(quote.start, cursor);
    const to = Math.min(quote.end, s.end);
    if (to <= from) {
      continue;
    }
    unquoted += text.slice(cursor, from) + ' '.repeat(to - from);
    quotedLetters += letterCount(text.slice(from, to));
    cursor = to;
  }
  unquoted += text.slice(cursor, s.end);
  const letters = letterCount(s.text);
  const russian = isMostlyCyrillic(s.text);
  const vagueCues = findVagueCues(unquoted, russian).map((v) => ({
    start: s.start + v.start,
    end: s.start + v.end,
    text: text.slice(s.start + v.start, s.start + v.end),
  }));
  return { russian, unquoted, quoteShare: letters === 0 ? 0 : quotedLetters / letters, vagueCues };
}

// Counts ASCII letters and any character from Latin-1 up, bar general punctuation: enough for a share of quoted text.
function letterCount(str: string): number {
  let n = 0;
  for (let i = 0; i < str.length; i++) {
    const c = str.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && (c < 0x2000 || c > 0x206f))) {
      n++;
    }
  }
  return n;
}
