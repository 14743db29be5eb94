import type { Rule, RuleHit } from '../rule.js';
import { candidateLines, hit, pageView } from '../../boilerplate/page.js';
import { cueLine } from '../../boilerplate/lexicon.js';

const NAVIGATION = cueLine('navigation');
const MAX_WORDS = 12;

/** Navigation links and page controls on a line of their own ("Skip to content", "Menu", "Главная"). */
export const navigation: Rule = {
  id: 'boilerplate/navigation',
  category: 'boilerplate',
  defaultSeverity: 'warning',
  description: 'A navigation link or page control on a line of its own: "Skip to content", "Menu", "Search", "Table of contents", "Главная", "Наверх".',
  detect(doc, ctx) {
    const page = pageView(doc, ctx);
    const hits: RuleHit[] = [];
    for (const f of candidateLines(page)) {
      if (f.wordCount <= MAX_WORDS && NAVIGATION.test(f.text)) {
        hits.push(hit(f.span, 'Navigation link or page control, not part of the article.'));
      }
    }
    return hits;
  },
};
