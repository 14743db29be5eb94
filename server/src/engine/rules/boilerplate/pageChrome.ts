import type { Rule, RuleHit } from '../rule.js';
import { candidateLines, hit, pageView } from '../../boilerplate/page.js';

/**
 * Generic page chrome by content-extraction evidence: every line the page-zoning
 * classifier (length, function-word density, menu shape, then context smoothing)
 * does not take for article text.
 */
export const pageChrome: Rule = {
  id: 'boilerplate/page-chrome',
  category: 'boilerplate',
  defaultSeverity: 'warning',
  description:
    'Page chrome: navigation, menus, buttons and other UI text. Lines are judged by length, share of function words and menu shape, then in context: short lines between article paragraphs are kept, runs of short lines at the edges are chrome.',
  detect(doc, ctx) {
    const page = pageView(doc, ctx);
    const hits: RuleHit[] = [];
    for (const f of candidateLines(page)) {
      const zone = page.zones[f.index]!;
      if (zone.final === 'bad') {
        hits.push(hit(f.span, 'Page chrome (navigation, menu or UI text), not part of the article.', { evidence: [zone.reason] }));
      }
    }
    return hits;
  },
};
