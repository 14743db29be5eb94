import type { Rule, RuleHit } from '../rule.js';
import { candidateLines, hit, pageView } from '../../boilerplate/page.js';
import { cueIn } from '../../boilerplate/lexicon.js';

const PRIVACY = cueIn('privacy');
const SHORT_NOTICE = 15;

/** Privacy, terms and consent lines ("Subscribers agree to the Privacy Policy"). */
export const privacyConsent: Rule = {
  id: 'boilerplate/privacy-consent',
  category: 'boilerplate',
  defaultSeverity: 'warning',
  description:
    'A privacy, terms-of-use or consent line: policy words ("privacy policy", "персональных данных") in a short line or one addressed to the reader, not a news sentence about a policy.',
  detect(doc, ctx) {
    const page = pageView(doc, ctx);
    const hits: RuleHit[] = [];
    for (const f of candidateLines(page)) {
      if (PRIVACY.test(f.text) && !f.attributes && (f.wordCount <= SHORT_NOTICE || f.addressesReader)) {
        hits.push(hit(f.span, 'Privacy or consent notice, not part of the article.', { evidence: ['policy words in a short or reader-addressed line'] }));
      }
    }
    return hits;
  },
};
