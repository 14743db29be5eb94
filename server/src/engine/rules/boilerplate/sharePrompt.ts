import type { Rule, RuleHit } from '../rule.js';
import { candidateLines, hit, pageView } from '../../boilerplate/page.js';
import { cueLine } from '../../boilerplate/lexicon.js';

const SHARE = cueLine('share');
const NETWORK = '(?:facebook|twitter|x|whatsapp|telegram|viber|linkedin|reddit|pinterest|email|e-mail|print|vk|вконтакте|одноклассники|ok|дзен|copy link|share|tweet|поделиться|печать)';
const SOCIAL = new RegExp(`^${NETWORK}(?:[\\s|•·,/]+${NETWORK})+[\\s|•·,/]*$`, 'iu');
const MAX_WORDS = 8;

/** Share, print and follow prompts, and rows of social-network buttons. */
export const sharePrompt: Rule = {
  id: 'boilerplate/share-prompt',
  category: 'boilerplate',
  defaultSeverity: 'warning',
  description: 'A share, print or follow prompt ("Share this article", "Print", "Поделиться", "Подписывайтесь на нас в …") or a row of social-network buttons.',
  detect(doc, ctx) {
    const page = pageView(doc, ctx);
    const hits: RuleHit[] = [];
    for (const f of candidateLines(page)) {
      if (f.wordCount <= MAX_WORDS && (SHARE.test(f.text) || SOCIAL.test(f.text))) {
        hits.push(hit(f.span, 'Share / print / follow prompt, not part of the article.'));
      }
    }
    return hits;
  },
};
