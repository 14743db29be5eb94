import type { Rule, RuleHit } from '../rule.js';
import { candidateLines, hit, nonBlankNeighbour, outsideBody, pageView, type PageView } from '../../boilerplate/page.js';
import { cueLine } from '../../boilerplate/lexicon.js';

const SECTION = cueLine('sectionLabel');
const MAX_WORDS = 3;

/** A label line sits outside the article text, or between short lines (a menu), not inside prose. */
function labelPosition(page: PageView, i: number): boolean {
  if (outsideBody(page, i)) {
    return true;
  }
  const before = nonBlankNeighbour(page, i, -1);
  const after = nonBlankNeighbour(page, i, 1);
  const short = (j: number): boolean => j < 0 || page.features[j]!.wordCount <= MAX_WORDS;
  return short(before) || short(after);
}

/** Rubric labels ("Politics", "Общество") above or below the article. */
export const sectionLabel: Rule = {
  id: 'boilerplate/section-label',
  category: 'boilerplate',
  defaultSeverity: 'warning',
  description:
    'A section label of the site ("World", "Politics", "Общество", "В мире") on a line of its own above or below the article or among other menu items.',
  detect(doc, ctx) {
    const page = pageView(doc, ctx);
    const hits: RuleHit[] = [];
    for (const f of candidateLines(page)) {
      if (f.wordCount <= MAX_WORDS && SECTION.test(f.text) && labelPosition(page, f.index)) {
        hits.push(hit(f.span, 'Section label of the site, not part of the article.'));
      }
    }
    return hits;
  },
};
