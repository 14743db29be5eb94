import type { Rule, RuleHit } from '../rule.js';
import { candidateLines, hit, pageView } from '../../boilerplate/page.js';
import { cueIn } from '../../boilerplate/lexicon.js';
import { expandBlock } from '../../boilerplate/appeal.js';
import type { LineFeatures } from '../../boilerplate/features.js';

const NEWSLETTER = cueIn('newsletter');
const FORM_FIELD =
  /^(?:e-?mail(?: address)?|your e-?mail|first name|last name|full name|name|zip(?: code)?|country|submit|sign up|subscribe|i agree\b.*|\* indicates required|электронная почта|e-?mail адрес|ваш e-?mail|имя|фамилия|подписаться|отправить)\s*[*:]?$/iu;
const SHORT_CALL = 12;

function isSignUp(f: LineFeatures): boolean {
  return NEWSLETTER.test(f.text) && !f.attributes && (f.addressesReader || f.wordCount <= SHORT_CALL);
}

/** Newsletter and mailing-list sign-ups, with the form fields that follow them. */
export const newsletterSignup: Rule = {
  id: 'boilerplate/newsletter-signup',
  category: 'boilerplate',
  defaultSeverity: 'warning',
  description:
    'A newsletter or mailing-list sign-up: newsletter words addressed to the reader ("sign up for our newsletter", "подпишитесь на рассылку") and the e-mail form around them.',
  detect(doc, ctx) {
    const page = pageView(doc, ctx);
    const anchors: number[] = [];
    for (const f of candidateLines(page)) {
      if (isSignUp(f)) {
        anchors.push(f.index);
      }
    }
    if (anchors.length === 0) {
      return [];
    }
    const hits: RuleHit[] = [];
    for (const i of expandBlock(page, anchors, (f) => isSignUp(f) || FORM_FIELD.test(f.text))) {
      hits.push(hit(page.features[i]!.span, 'Newsletter sign-up, not part of the article.', { evidence: ['newsletter words addressed to the reader'] }));
    }
    return hits;
  },
};
