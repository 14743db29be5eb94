import type { Rule, RuleHit } from '../rule.js';
import { candidateLines, hit, pageView } from '../../boilerplate/page.js';
import { isByline, isDateline, isReadingTime } from '../../boilerplate/metadata.js';

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
      if (isDateline(f.text) || isReadingTime(f.text)) {
        hits.push(hit(f.span, 'Date or reading-time line of the page, not part of the article.'));
      } else if (isByline(f.text)) {
        hits.push(hit(f.span, 'Byline on a line of its own, page metadata rather than article text.'));
      }
    }
    return hits;
  },
};
