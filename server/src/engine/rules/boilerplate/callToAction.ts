import type { Rule, RuleHit } from '../rule.js';
import { candidateLines, hit, pageView } from '../../boilerplate/page.js';
import { EN_CUES } from '../../boilerplate/lexicon.en.js';
import { RU_CUES } from '../../boilerplate/lexicon.ru.js';

const VERB = new RegExp(`^[\\s•·*>›→-]*(?:${[...EN_CUES.callToAction, ...RU_CUES.callToAction].join('|')})(?![\\p{L}\\p{N}])`, 'iu');
const TAIL = new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...EN_CUES.callToActionTail, ...RU_CUES.callToActionTail].join('|')})(?![\\p{L}\\p{N}])|!\\s*$`, 'iu');
const MAX_WORDS = 10;

/** Short calls to action: "Try it free", "Book now", "Download our app", "Скачайте приложение". */
export const callToAction: Rule = {
  id: 'boilerplate/call-to-action',
  category: 'boilerplate',
  defaultSeverity: 'warning',
  description:
    'A short call to action: a line that starts with a verb telling the reader to buy, try, book, download or follow, with "now", "free", "you/your" or an exclamation mark.',
  detect(doc, ctx) {
    const page = pageView(doc, ctx);
    const hits: RuleHit[] = [];
    for (const f of candidateLines(page)) {
      if (f.wordCount <= MAX_WORDS && !f.attributes && VERB.test(f.text) && TAIL.test(f.text)) {
        hits.push(hit(f.span, 'Call to action (button or promotion), not part of the article.'));
      }
    }
    return hits;
  },
};
