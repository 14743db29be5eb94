import type { Rule } from '../rule.js';
import { signatureCode } from './signatureCode.js';
import { photoCredit } from './photoCredit.js';
import { commentsClosed } from './commentsClosed.js';
import { donationAppeal } from './donationAppeal.js';
import { newsletterSignup } from './newsletterSignup.js';
import { cookieBanner } from './cookieBanner.js';
import { privacyConsent } from './privacyConsent.js';
import { disclaimer } from './disclaimer.js';
import { copyrightLine } from './copyrightLine.js';
import { sharePrompt } from './sharePrompt.js';
import { readMore } from './readMore.js';
import { editorsPicks } from './editorsPicks.js';
import { sectionLabel } from './sectionLabel.js';
import { navigation } from './navigation.js';
import { callToAction } from './callToAction.js';
import { bylineDateline } from './bylineDateline.js';
import { extraPhrase } from './extraPhrase.js';
import { repeatedLine } from './repeatedLine.js';
import { pageChrome } from './pageChrome.js';

/** The boilerplate rules in registry order: the most specific evidence first, generic page chrome last. */
export const BOILERPLATE_RULES: readonly Rule[] = [
  signatureCode,
  photoCredit,
  commentsClosed,
  donationAppeal,
  newsletterSignup,
  cookieBanner,
  privacyConsent,
  disclaimer,
  copyrightLine,
  sharePrompt,
  readMore,
  editorsPicks,
  sectionLabel,
  navigation,
  callToAction,
  bylineDateline,
  extraPhrase,
  repeatedLine,
  pageChrome,
];
