/** Page metadata lines: dates, bylines, reading times (English and Russian). */

/** Metadata lines are short; the cap also keeps the name patterns from backtracking on huge lines. */
const MAX_METADATA_LENGTH = 160;
const MONTH_EN = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const MONTH_RU = '(?:январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр)\\p{L}*';
const TIME = '(?:\\s*(?:at|в|,|—|-|\\|)?\\s*\\d{1,2}[:.]\\d{2}(?:\\s?[ap]\\.?m\\.?)?(?:\\s?(?:[A-Z]{2,4}|мск|MSK))?)?';
const DATE = `(?:(?:today|yesterday|сегодня|вчера)(?=,?\\s*\\d{1,2}[:.]\\d{2})|(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\\s+)?(?:${MONTH_EN}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}\\s+${MONTH_EN},?\\s+\\d{4}|\\d{1,2}\\s+${MONTH_RU}(?:\\s+\\d{4}(?:\\s?г\\.?(?:ода)?)?)?|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}|\\d{4}-\\d{2}-\\d{2}))`;
const STAMP = '(?:published|updated|posted|last updated|last modified|date|опубликовано|обновлено|дата публикации|дата)(?: on)?:?';
/** A line that is only a date, with an optional "Published:" label and time. */
const DATELINE = new RegExp(`^(?:${STAMP}\\s*)?${DATE}${TIME}(?:\\s*[|·•,]\\s*(?:${STAMP}\\s*)?${DATE}?${TIME})?\\s*$`, 'iu');
const NAME = "\\p{Lu}[\\p{L}.'’\\-]*";
/** "By Jane Doe", "By Jane Doe and John Roe", "Автор: Иван Петров", "Текст: …": a label, then names only. */
const BYLINE_LABEL = /^(?:by|written by|posted by|words by|author:?|автор:?|текст:?)\s+/iu;
const NAMES = new RegExp(`^${NAME}(?:\\s+${NAME}){0,3}(?:\\s*(?:,|and|&|и)\\s*${NAME}(?:\\s+${NAME}){0,3})*\\s*$`, 'u');

/** A line holding only a byline: "By Jane Doe", "Автор: Анна Смирнова". */
export function isByline(text: string): boolean {
  if (text.length > MAX_METADATA_LENGTH) {
    return false;
  }
  const label = BYLINE_LABEL.exec(text);
  return label !== null && NAMES.test(text.slice(label[0].length));
}
/** "5 min read", "Reading time: 3 minutes", "Время чтения: 4 мин". */
const READING_TIME = /^(?:(?:reading time|время чтения):?\s*)?\d{1,2}\s*(?:-|\s)?(?:min(?:ute)?s?|мин(?:ут[аы]?)?\.?)(?:\s*read)?\s*$/iu;

/** A line holding only a date (and time), with an optional "Published:" label. */
export function isDateline(text: string): boolean {
  return text.length <= MAX_METADATA_LENGTH && DATELINE.test(text);
}

/** A line holding only a reading time: "5 min read", "Время чтения: 4 мин". */
export function isReadingTime(text: string): boolean {
  return text.length <= MAX_METADATA_LENGTH && READING_TIME.test(text);
}
