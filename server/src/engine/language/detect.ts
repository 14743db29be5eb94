import type { LanguageCode } from '../types.js';
import { EN_STOPWORDS } from './en.js';
import { countScripts, forEachWord } from './scripts.js';

/**
 * The language of a whole text from its letters: Cyrillic vs Latin script, Ukrainian
 * letters for `uk`, English function words for `en`. Too little text gives `und`.
 */
export function detectLanguage(text: string, minLetters = 20): LanguageCode {
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  const { cyrillic, latin, ukrainian } = countScripts(sample);
  if (cyrillic + latin < minLetters) {
    return 'und';
  }
  if (cyrillic > latin) {
    return ukrainian / cyrillic > 0.01 ? 'uk' : 'ru';
  }
  return looksEnglish(sample) ? 'en' : 'und';
}

const LONGEST_STOPWORD = Math.max(...[...EN_STOPWORDS].map((w) => w.length));

function looksEnglish(text: string): boolean {
  const lower = text.toLowerCase();
  let hits = 0;
  const tokens = forEachWord(lower, (start, end) => {
    if (end - start <= LONGEST_STOPWORD && EN_STOPWORDS.has(lower.slice(start, end))) {
      hits++;
    }
  });
  if (tokens === 0) {
    return false;
  }
  // Short UI-only texts rarely carry function words; give them the benefit of the doubt.
  return tokens < 8 || hits / tokens >= 0.12;
}
