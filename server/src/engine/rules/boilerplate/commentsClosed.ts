import type { Rule, RuleHit } from '../rule.js';
import { candidateLines, hit, pageView } from '../../boilerplate/page.js';
import { cueLine } from '../../boilerplate/lexicon.js';

const CLOSED = cueLine('commentsClosed');
const MAX_WORDS = 12;

/** "Comments are closed", "Leave a reply", "Комментарии закрыты" and other comment-form chrome. */
export const commentsClosed: Rule = {
  id: 'boilerplate/comments-closed',
  category: 'boilerplate',
  defaultSeverity: 'warning',
  description:
    'Comment-form chrome outside the comments themselves: "Comments are closed", "Leave a reply", "Комментарии закрыты", comment counters.',
  detect(doc, ctx) {
    const page = pageView(doc, ctx);
    const hits: RuleHit[] = [];
    for (const f of candidateLines(page)) {
      if (f.wordCount <= MAX_WORDS && CLOSED.test(f.text)) {
        hits.push(hit(f.span, 'Comment-form notice ("comments are closed", "leave a reply"), not part of the article.'));
      }
    }
    return hits;
  },
};
