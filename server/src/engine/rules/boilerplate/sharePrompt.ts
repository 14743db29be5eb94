import { lineRule } from './lineRule.js';
import { cueLine } from '../../boilerplate/lexicon.js';

const SHARE = cueLine('share');
const NETWORK = '(?:facebook|twitter|x|whatsapp|telegram|viber|linkedin|reddit|pinterest|email|e-mail|print|vk|вконтакте|одноклассники|ok|дзен|copy link|share|tweet|поделиться|печать)';
const SOCIAL = new RegExp(`^${NETWORK}(?:[\\s|•·,/]+${NETWORK})+[\\s|•·,/]*$`, 'iu');
const MAX_WORDS = 8;

/** Share, print and follow prompts, and rows of social-network buttons. */
export const sharePrompt = lineRule({
  id: 'boilerplate/share-prompt',
  description:
    'A share, print or follow prompt ("Share this article", "Print", "Поделиться", "Подписывайтесь на нас в …") or a row of social-network buttons.',
  message: 'Share / print / follow prompt, not part of the article.',
  matches: (f) => f.wordCount <= MAX_WORDS && (SHARE.test(f.text) || SOCIAL.test(f.text)),
});
