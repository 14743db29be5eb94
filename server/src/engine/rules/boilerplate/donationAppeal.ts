import type { Rule, RuleHit } from '../rule.js';
import { candidateLines, hit, pageView } from '../../boilerplate/page.js';
import { cueIn, cueLine, CURRENCY } from '../../boilerplate/lexicon.js';
import { expandBlock, publisherVoice } from '../../boilerplate/appeal.js';
import type { LineFeatures } from '../../boilerplate/features.js';

const DONATION = cueIn('donation');
const DONATION_UI = cueLine('donationUi');
const AMOUNT_ONLY = /^[\s$€£₽¥]*\d+(?:[.,]\d+)?\s*(?:[$€£₽¥]|руб\.?|usd|eur)?[\s/a-zа-я.]{0,12}$/iu;
const SHORT_CALL = 8;

/** A line that asks the reader for money: donation words plus the reader addressed, or a short call. */
function isAppeal(f: LineFeatures): boolean {
  if (!DONATION.test(f.text) || f.attributes) {
    return false;
  }
  return f.addressesReader || f.wordCount <= SHORT_CALL;
}

function isWidget(f: LineFeatures): boolean {
  return f.wordCount <= SHORT_CALL && (DONATION_UI.test(f.text) || (AMOUNT_ONLY.test(f.text) && CURRENCY.test(f.text)));
}

/**
 * Donation and membership appeals and the widgets that come with them (amount
 * pickers, "Once / Monthly / Annual", "Remind me later").
 */
export const donationAppeal: Rule = {
  id: 'boilerplate/donation-appeal',
  category: 'boilerplate',
  defaultSeverity: 'warning',
  description:
    'A donation or membership appeal from the publisher: donation words together with the reader addressed ("your support", "поддержите нас"), the letter around it in the publisher\'s voice, and the amount and frequency pickers of its form.',
  detect(doc, ctx) {
    const page = pageView(doc, ctx);
    const anchors: number[] = [];
    for (const f of candidateLines(page)) {
      if (isAppeal(f)) {
        anchors.push(f.index);
      }
    }
    if (anchors.length === 0) {
      return [];
    }
    const block = expandBlock(page, anchors, (f) => publisherVoice(f) || isWidget(f) || isAppeal(f));
    const hits: RuleHit[] = [];
    for (const i of block) {
      const f = page.features[i]!;
      const widget = isWidget(f) && !isAppeal(f);
      hits.push(
        hit(
          f.span,
          widget
            ? 'Donation form control (amount, frequency or "later" button), not part of the article.'
            : 'Donation appeal from the publisher, not part of the article.',
          { evidence: [widget ? 'donation form control next to an appeal' : 'donation words addressed to the reader'] },
        ),
      );
    }
    return hits;
  },
};
