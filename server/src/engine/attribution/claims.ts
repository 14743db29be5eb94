/** Why a body sentence is not a claim to check, or `null` when it is one. */
export type NotAClaim = 'question' | 'fragment' | 'headline' | 'dateline' | 'link' | 'instruction' | 'credit';

// "NEW YORK, Nov. 19 (UPI) —", "WASHINGTON —", "МОСКВА, 22 февраля. /ТАСС/.", "ДОНЕЦК, 21 фев — РИА Новости."
const DATELINE =
  /^(?:[\p{Lu}][\p{Lu}\s.'’-]{2,40}(?:,\s*[^—–\-()/]{2,30}?)?\s*(?:\([^)]{1,30}\)|\/[^/]{1,30}\/)?\s*(?:[—–]|--|-\s)\s*(?:[\p{L} ]{2,30}\.\s*)?|[\p{Lu}][\p{Lu}\s-]{2,30},\s*\d{1,2}\s+\p{L}+(?:\s+\d{4})?\.?\s*\/[^/]{1,30}\/\.?\s*)/u;

const UI_VERB_EN =
  /^(?:follow|click|tap|read|watch|subscribe|sign|share|see|view|download|listen|visit|contact|email|join|check|donate|register|log|scroll|learn|continue|discover|explore|enter)$/iu;
const UI_VERB_RU =
  /^(?:читайте|подпишитесь|подписывайтесь|смотрите|следите|поделитесь|нажмите|узнайте|присоединяйтесь|скачайте|слушайте|поддержите|переходите|перейдите|оставьте|пишите|звоните|заходите|жмите|кликните|зарегистрируйтесь)$/iu;
const CREDIT =
  /(?:^\(?(?:reporting|writing|editing|additional reporting|compiled|photo(?:graph)?s?|image|video|source|credit|фото|видео|автор|источник|редактор)\b|contributed\s+(?:to\s+this\s+report|reporting|from)|reported\s+from\s+\p{Lu}|^(?:фото|автор|источник):)/iu;

/** The sentence without a leading dateline. */
export function stripDateline(text: string): string {
  return text.replace(DATELINE, '');
}

/**
 * Tells whether a body sentence asserts something to check: a finished declarative
 * sentence of a few words. Questions, headlines and labels (no final punctuation,
 * or all capitals), datelines, links, instructions to the reader and credits are not.
 */
export function notAClaim(sentence: string, russian: boolean): NotAClaim | null {
  const text = stripDateline(sentence.trim());
  if (text === '') {
    return 'dateline';
  }
  const tail = text.replace(/[\s"'”’»“)\]]+$/u, '');
  if (/[?]$/u.test(tail) || /\?\s*[—–-]/u.test(text.slice(0, 4))) {
    return 'question';
  }
  if (/https?:\/\/|www\.|\S+@\S+\.\p{L}{2,}|(?:^|\s)@\w+/u.test(text)) {
    return 'link';
  }
  const words = text.match(/[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu) ?? [];
  if (words.length < (russian ? 4 : 5)) {
    return 'fragment';
  }
  if (!/[.!…]$/u.test(tail)) {
    return 'headline';
  }
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters.length > 0 && letters.replace(/[^\p{Lu}]/gu, '').length / letters.length > 0.7) {
    return 'headline';
  }
  if ((russian ? UI_VERB_RU : UI_VERB_EN).test(words[0]!)) {
    return 'instruction';
  }
  if (CREDIT.test(text)) {
    return 'credit';
  }
  return null;
}
