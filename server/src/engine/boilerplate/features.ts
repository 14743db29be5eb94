import type { SeedDocument } from '../document.js';
import type { Span } from '../types.js';
import { trimSpan, words } from '../text.js';
import { EN_STOPWORDS } from '../language/en.js';
import { RU_STOPWORDS } from '../language/ru.js';
import { READER_ADDRESS, ATTRIBUTION } from './lexicon.js';

/** What the boilerplate rules know about one physical line, computed once per document. */
export interface LineFeatures {
  /** 0-based line number. */
  readonly index: number;
  /** The line's span without surrounding white space (empty for a blank line). */
  readonly span: Span;
  /** The trimmed text. */
  readonly text: string;
  /** Number of word tokens. */
  readonly wordCount: number;
  /** Share of word tokens that are English or Russian function words. */
  readonly stopwordDensity: number;
  /** The line ends like a sentence (full stop, question or exclamation mark, closing quote). */
  readonly endsSentence: boolean;
  /** Number of sentence-ending punctuation marks followed by a space or the end. */
  readonly sentenceMarks: number;
  /** The line is written mostly in Cyrillic letters. */
  readonly cyrillic: boolean;
  /** Addresses the reader or speaks as the publisher (you, we, our, вы, наш…). */
  readonly addressesReader: boolean;
  /** Reports someone's words (said, told, according to, заявил…), the mark of article text. */
  readonly attributes: boolean;
}

/**
 * Function words of other languages scraped pages come in (French, German, Spanish), so
 * that their prose is not taken for chrome; English and Russian have full lists elsewhere.
 */
const OTHER_STOPWORDS: ReadonlySet<string> = new Set(
  `le la les un une des du de et est en dans pour sur avec par au aux ce cette ces qui que quoi dont où ne pas plus
  vous nous il elle ils elles son sa ses leur leurs se sont été être avoir fait comme mais ou donc car si
  der die das und ist ein eine einer den dem des nicht mit auf für von zu im auch sich sie es wir ihr
  el los las una unos por con para del al lo como pero más sus está son fue ser muy también`.split(/\s+/),
);
/** Whether a word token is a function word, by token as written; cleared when it grows past {@link MAX_KNOWN_TOKENS}. */
const knownStopwords = new Map<string, boolean>();
const MAX_KNOWN_TOKENS = 100_000;

function isStopword(token: string): boolean {
  let stop = knownStopwords.get(token);
  if (stop === undefined) {
    const lower = token.toLowerCase();
    stop = EN_STOPWORDS.has(lower) || RU_STOPWORDS.has(lower) || OTHER_STOPWORDS.has(lower);
    if (knownStopwords.size >= MAX_KNOWN_TOKENS) {
      knownStopwords.clear();
    }
    knownStopwords.set(token, stop);
  }
  return stop;
}

/** Whether a token starts with a Cyrillic letter (U+0400–U+04FF; the tokens start with a letter). */
function startsCyrillic(token: string): boolean {
  const c = token.charCodeAt(0);
  return c >= 0x400 && c <= 0x4ff;
}
const ENDS_SENTENCE = /[.!?…]["'”»’)]*$/u;
const SENTENCE_MARK = /[.!?…]+["'”»’)]*(?=\s|$)/gu;

/** Features of every line of `doc`. */
export function lineFeatures(doc: SeedDocument): LineFeatures[] {
  return doc.lines.map((line) => {
    const span = trimSpan(doc.text, line);
    const text = doc.text.slice(span.start, span.end);
    const tokens = words(text);
    let stop = 0;
    let cyr = 0;
    for (const w of tokens) {
      if (startsCyrillic(w)) {
        cyr++;
      }
      if (isStopword(w)) {
        stop++;
      }
    }
    return {
      index: line.index,
      span,
      text,
      wordCount: tokens.length,
      stopwordDensity: tokens.length === 0 ? 0 : stop / tokens.length,
      cyrillic: cyr * 2 > tokens.length,
      endsSentence: ENDS_SENTENCE.test(text),
      sentenceMarks: text.match(SENTENCE_MARK)?.length ?? 0,
      addressesReader: READER_ADDRESS.test(text),
      attributes: ATTRIBUTION.test(text),
    };
  });
}

/** The memo key under which rules share {@link lineFeatures}. */
export const LINE_FEATURES = 'boilerplate.lineFeatures';
