import type { Rule, RuleHit } from '../rule.js';
import { candidateLines, hit, pageView } from '../../boilerplate/page.js';
import { cueLine } from '../../boilerplate/lexicon.js';

const PICKS = cueLine('editorsPicks');
const MAX_WORDS = 6;

/** "Editor's picks", "Most read", "Выбор редакции" and similar rails of other stories. */
export const editorsPicks: Rule = {
  id: 'boilerplate/editors-picks',
  category: 'boilerplate',
  defaultSeverity: 'warning',
  description: 'The heading of a rail of other stories: "Editor\'s picks", "Most read", "Trending", "Выбор редакции", "Самое читаемое".',
  detect(doc, ctx) {
    const page = pageView(doc, ctx);
    const hits: RuleHit[] = [];
    for (const f of candidateLines(page)) {
      if (f.wordCount <= MAX_WORDS && PICKS.test(f.text)) {
        hits.push(hit(f.span, 'Editor\'s picks / most-read rail, not part of the article.'));
      }
    }
    return hits;
  },
};
