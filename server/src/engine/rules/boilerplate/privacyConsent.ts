import { lineRule } from './lineRule.js';
import { cueIn } from '../../boilerplate/lexicon.js';

const PRIVACY = cueIn('privacy');
const SHORT_NOTICE = 15;

/** Privacy, terms and consent lines ("Subscribers agree to the Privacy Policy"). */
export const privacyConsent = lineRule({
  id: 'boilerplate/privacy-consent',
  description:
    'A privacy, terms-of-use or consent line: policy words ("privacy policy", "персональных данных") in a short line or one addressed to the reader, not a news sentence about a policy.',
  message: 'Privacy or consent notice, not part of the article.',
  evidence: ['policy words in a short or reader-addressed line'],
  matches: (f) => PRIVACY.test(f.text) && !f.attributes && (f.wordCount <= SHORT_NOTICE || f.addressesReader),
});
