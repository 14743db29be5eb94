import type { Rule, RuleHit } from '../rule.js';
import { candidateLines, hit, pageView } from '../../boilerplate/page.js';
import { cueIn } from '../../boilerplate/lexicon.js';

const COPYRIGHT = cueIn('copyright');
const MAX_WORDS = 40;

/** Copyright and reprint notices ("© 2024 …", "Все права защищены"). */
export const copyrightLine: Rule = {
  id: 'boilerplate/copyright',
  category: 'boilerplate',
  defaultSeverity: 'warning',
  description: 'A copyright or reprint notice ("©", "All rights reserved", "при использовании материалов ссылка обязательна").',
  detect(doc, ctx) {
    const page = pageView(doc, ctx);
    const hits: RuleHit[] = [];
    for (const f of candidateLines(page)) {
      if (f.wordCount <= MAX_WORDS && !f.attributes && COPYRIGHT.test(f.text)) {
        hits.push(hit(f.span, 'Copyright notice, not part of the article.', { evidence: ['copyright words'] }));
      }
    }
    return hits;
  },
};
