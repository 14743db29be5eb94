import type { Rule, RuleHit } from '../rule.js';
import { candidateLines, hit, pageView } from '../../boilerplate/page.js';

const MONTH_EN = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const MONTH_RU = '(?:январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр)\\p{L}*';
const TIME = '(?:\\s*(?:at|в|,|—|-|\\|)?\\s*\\d{1,2}[:.]\\d{2}(?:\\s?[ap]\\.?m\\.?)?(?:\\s?(?:[A-Z]{2,4}|мск|MSK))?)?';
const DATE = `(?:(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\\s+)?(?:${MONTH_EN}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}\\s+${MONTH_EN},?\\s+\\d{4}|\\d{1,2}\\s+${MONTH_RU}(?:\\s+\\d{4}(?:\\s?г\\.?(?:ода)?)?)?|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}|\\d{4}-\\d{2}-\\d{2}))`;
const STAMP = '(?:published|updated|posted|last updated|last modified|date|опубликовано|обновлено|дата публикации|дата)(?: on)?:?';
/** A line that is only a date, with an optional "Published:" label and time. */
const DATELINE = new RegExp(`^(?:${STAMP}\\s*)?${DATE}${TIME}(?:\\s*[|·•,]\\s*(?:${STAMP}\\s*)?${DATE}?${TIME})?\\s*$`, 'iu');
const NAME = "\\p{Lu}[\\p{L}.'’\\-]*";
/** "By Jane Doe", "By Jane Doe and John Roe", "Автор: Иван Петров", "Текст: …". */
const BYLINE = new RegExp(
  `^(?:by|written by|posted by|words by|author:|автор:|автор|текст:|текст)\\s+${NAME}(?:\\s+${NAME}){0,3}(?:\\s*(?:,|and|&|и)\\s*${NAME}(?:\\s+${NAME}){0,3})*\\s*$`,
  'u',
);
const BYLINE_CI = new RegExp(BYLINE.source.replace('(?:by|written by', '(?:[Bb]y|BY|[Ww]ritten by'), 'u');
/** "5 min read", "Reading time: 3 minutes", "Время чтения: 4 мин". */
const READING_TIME = /^(?:(?:reading time|время чтения):?\s*)?\d{1,2}\s*(?:-|\s)?(?:min(?:ute)?s?|мин(?:ут[аы]?)?\.?)(?:\s*read)?\s*$/iu;

/**
 * Standalone date, byline and reading-time lines: page metadata above or below the
 * article. A dateline that opens a paragraph ("MOSCOW, Feb. 22 —") is article text and
 * is left alone.
 */
export const bylineDateline: Rule = {
  id: 'boilerplate/byline-dateline',
  category: 'boilerplate',
  defaultSeverity: 'warning',
  description:
    'A line holding only page metadata: a publication date or time, "By Jane Doe" / "Автор: …", or a reading time. Datelines inside a paragraph are not flagged.',
  detect(doc, ctx) {
    const page = pageView(doc, ctx);
    const hits: RuleHit[] = [];
    for (const f of candidateLines(page)) {
      if (f.wordCount > 12) {
        continue;
      }
      if (DATELINE.test(f.text) || READING_TIME.test(f.text)) {
        hits.push(hit(f.span, 'Date or reading-time line of the page, not part of the article.'));
      } else if (BYLINE_CI.test(f.text)) {
        hits.push(hit(f.span, 'Byline on a line of its own, page metadata rather than article text.'));
      }
    }
    return hits;
  },
};
