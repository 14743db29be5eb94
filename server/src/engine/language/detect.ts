import type { LanguageCode } from '../types.js';
import { EN_STOPWORDS } from './en.js';

const CYRILLIC = /\p{Script=Cyrillic}/gu;
const LATIN = /\p{Script=Latin}/gu;
const UKRAINIAN_ONLY = /[іїєґІЇЄҐ]/g;

/**
 * The language of a whole text from its letters: Cyrillic vs Latin script, Ukrainian
 * letters for `uk`, English function words for `en`. Too little text gives `und`.
 */
export function detectLanguage(text: string, minLetters = 20): LanguageCode {
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  const cyrillic = sample.match(CYRILLIC)?.length ?? 0;
  const latin = sample.match(LATIN)?.length ?? 0;
  if (cyrillic + latin < minLetters) {
    return 'und';
  }
  if (cyrillic > latin) {
    const ukrainian = sample.match(UKRAINIAN_ONLY)?.length ?? 0;
    return ukrainian / cyrillic > 0.01 ? 'uk' : 'ru';
  }
  return looksEnglish(sample) ? 'en' : 'und';
}

function looksEnglish(text: string): boolean {
  const tokens = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (tokens.length === 0) {
    return false;
  }
  let hits = 0;
  for (const t of tokens) {
    if (EN_STOPWORDS.has(t)) {
      hits++;
    }
  }
  // Short UI-only texts rarely carry function words; give them the benefit of the doubt.
  return tokens.length < 8 || hits / tokens.length >= 0.12;
}
