import type { LanguageCode } from '../types.js';
import { EN_STOPWORDS } from './en.js';
import { countScripts, countWords, wordTrie } from './scripts.js';

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

const STOPWORDS = wordTrie(EN_STOPWORDS);

function looksEnglish(text: string): boolean {
  // Stop words with an apostrophe never match: tokens are letters only.
  const { words, hits } = countWords(text.toLowerCase(), STOPWORDS);
  if (words === 0) {
    return false;
  }
  // Short UI-only texts rarely carry function words; give them the benefit of the doubt.
  return words < 8 || hits / words >= 0.12;
}
