/** Why a body sentence is not a claim to check, or `null` when it is one. */
export type NotAClaim = 'question' | 'fragment' | 'headline' | 'dateline' | 'link' | 'instruction' | 'credit' | 'scene';

// "NEW YORK, Nov. 19 (UPI) —", "WASHINGTON —", "МОСКВА, 22 февраля. /ТАСС/.", "ДОНЕЦК, 21 фев — РИА Новости."
const DATELINE =
  /^(?:[\p{Lu}][\p{Lu}\s.'’-]{2,40}(?:,\s*[^—–\-()/]{2,30}?)?\s*(?:\([^)]{1,30}\)|\/[^/]{1,30}\/)?\s*(?:[—–]|--|-\s)\s*(?:[\p{L} ]{2,30}\.\s*)?|[\p{Lu}][\p{Lu}\s-]{2,30},\s*\d{1,2}\s+\p{L}+(?:\s+\d{4})?\.?\s*\/[^/]{1,30}\/\.?\s*)/u;

const UI_VERB_EN =
  /^(?:follow|click|tap|read|watch|subscribe|sign|share|see|view|download|listen|visit|contact|email|join|check|donate|register|log|scroll|learn|continue|discover|explore|enter)$/iu;
const UI_VERB_RU =
  /^(?:читайте|подпишитесь|подписывайтесь|смотрите|следите|поделитесь|нажмите|узнайте|присоединяйтесь|скачайте|слушайте|поддержите|переходите|перейдите|оставьте|пишите|звоните|заходите|жмите|кликните|зарегистрируйтесь)$/iu;
const CREDIT =
  /(?:^\(?(?:reporting|writing|editing|additional reporting|compiled|photo(?:graph)?s?|image|video|source|credit)(?![\p{L}\p{N}])|contributed\s+(?:to\s+this\s+report|reporting|from)|reported\s+from\s+\p{Lu}|^(?:фото|видео|автор|источник|редактор)\s*:)/iu;

// Words of a plain time-and-place setting ("It was early on a Sunday morning."): function words, times, dates.
const SETTING_WORD =
  /^(?:it|was|is|the|a|an|on|in|at|of|by|that|this|early|late|just|after|before|about|around|nearly|almost|\d+|\d+(?:am|pm)|a\.m|p\.m|morning|afternoon|evening|night|dawn|dusk|noon|midnight|day|days|week|weeks|month|months|year|years|hour|hours|today|yesterday|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|fall|winter)$/iu;

const SETTING_WORD_RU =
  /^(?:был\p{L}*|эт\p{L}*|в|во|на|к|около|почти|ран\p{L}*|поздн\p{L}*|утр\p{L}*|день|дн[яеёю]\p{L}*|вечер\p{L}*|ноч\p{L}*|полд\p{L}*|полноч\p{L}*|сегодня|вчера|недел\p{L}*|год\p{L}*|лет|час\p{L}*|понедельник\p{L}*|вторник\p{L}*|сред[аыуе]|четверг\p{L}*|пятниц\p{L}*|суббот\p{L}*|воскресень\p{L}*|январ\p{L}*|феврал\p{L}*|март\p{L}*|апрел\p{L}*|ма[яй]|июн\p{L}*|июл\p{L}*|август\p{L}*|сентябр\p{L}*|октябр\p{L}*|ноябр\p{L}*|декабр\p{L}*|весн\p{L}*|летом|осен\p{L}*|зим\p{L}*|\d+)$/iu;

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
  if (words.length <= 8 && words.filter((w) => !(russian ? SETTING_WORD_RU : SETTING_WORD).test(w)).length <= 1) {
    return 'scene';
  }
  return null;
}
