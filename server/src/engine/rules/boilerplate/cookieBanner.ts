import { lineRule } from './lineRule.js';
import { cueIn } from '../../boilerplate/lexicon.js';

const COOKIE = cueIn('cookie');
const SHORT_NOTICE = 12;

/** Cookie banners and their buttons. */
export const cookieBanner = lineRule({
  id: 'boilerplate/cookie-banner',
  description:
    'A cookie banner: cookie words ("we use cookies", "файлы cookie") addressed to the reader or in a short button-like line.',
  message: 'Cookie banner, not part of the article.',
  evidence: ['cookie words addressed to the reader'],
  matches: (f) => COOKIE.test(f.text) && !f.attributes && (f.addressesReader || f.wordCount <= SHORT_NOTICE),
});
