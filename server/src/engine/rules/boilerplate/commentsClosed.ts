import { lineRule } from './lineRule.js';
import { cueLine } from '../../boilerplate/lexicon.js';

const CLOSED = cueLine('commentsClosed');
const MAX_WORDS = 12;

/** "Comments are closed", "Leave a reply", "Комментарии закрыты" and other comment-form chrome. */
export const commentsClosed = lineRule({
  id: 'boilerplate/comments-closed',
  description:
    'Comment-form chrome outside the comments themselves: "Comments are closed", "Leave a reply", "Комментарии закрыты", comment counters.',
  message: 'Comment-form notice ("comments are closed", "leave a reply"), not part of the article.',
  matches: (f) => f.wordCount <= MAX_WORDS && CLOSED.test(f.text),
});
