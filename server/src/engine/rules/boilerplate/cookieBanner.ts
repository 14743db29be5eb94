import type { Rule, RuleHit } from '../rule.js';
import { candidateLines, hit, pageView } from '../../boilerplate/page.js';
import { cueIn } from '../../boilerplate/lexicon.js';

const COOKIE = cueIn('cookie');
const SHORT_NOTICE = 12;

/** Cookie banners and their buttons. */
export const cookieBanner: Rule = {
  id: 'boilerplate/cookie-banner',
  category: 'boilerplate',
  defaultSeverity: 'warning',
  description: 'A cookie banner: cookie words ("we use cookies", "файлы cookie") addressed to the reader or in a short button-like line.',
  detect(doc, ctx) {
    const page = pageView(doc, ctx);
    const hits: RuleHit[] = [];
    for (const f of candidateLines(page)) {
      if (COOKIE.test(f.text) && !f.attributes && (f.addressesReader || f.wordCount <= SHORT_NOTICE)) {
        hits.push(hit(f.span, 'Cookie banner, not part of the article.', { evidence: ['cookie words addressed to the reader'] }));
      }
    }
    return hits;
  },
};
