import type { Rule, RuleHit } from '../rule.js';
import { candidateLines, hit, outsideBody, pageView } from '../../boilerplate/page.js';
import { cueCount, cueIn } from '../../boilerplate/lexicon.js';
import { expandBlock, publisherVoice } from '../../boilerplate/appeal.js';
import type { LineFeatures } from '../../boilerplate/features.js';

const DISCLAIMER = cueIn('disclaimer');
const SHORT_NOTICE = 15;

/**
 * Disclaimers and policy links: "views expressed are not necessarily…", "cannot
 * guarantee", "Policies & Disclosures", with the publisher's note around them.
 */
export const disclaimer: Rule = {
  id: 'boilerplate/disclaimer',
  category: 'boilerplate',
  defaultSeverity: 'warning',
  description:
    'A publisher\'s disclaimer or policy links ("opinions are not necessarily the views of…", "мнение редакции может не совпадать…"), with the note in the publisher\'s voice around it.',
  detect(doc, ctx) {
    const page = pageView(doc, ctx);
    const isDisclaimer = (f: LineFeatures): boolean =>
      DISCLAIMER.test(f.text) &&
      !f.attributes &&
      (f.wordCount <= SHORT_NOTICE || f.addressesReader || outsideBody(page, f.index) || cueCount('disclaimer', f.text) >= 2);
    const anchors: number[] = [];
    for (const f of candidateLines(page)) {
      if (isDisclaimer(f)) {
        anchors.push(f.index);
      }
    }
    if (anchors.length === 0) {
      return [];
    }
    const hits: RuleHit[] = [];
    for (const i of expandBlock(page, anchors, (f) => isDisclaimer(f) || publisherVoice(f))) {
      hits.push(hit(page.features[i]!.span, 'Disclaimer or policy note from the publisher, not part of the article.', { evidence: ['disclaimer words'] }));
    }
    return hits;
  },
};
