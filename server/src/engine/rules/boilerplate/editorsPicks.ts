import { lineRule } from './lineRule.js';
import { cueLine } from '../../boilerplate/lexicon.js';

const PICKS = cueLine('editorsPicks');
const MAX_WORDS = 6;

/** "Editor's picks", "Most read", "Выбор редакции" and similar rails of other stories. */
export const editorsPicks = lineRule({
  id: 'boilerplate/editors-picks',
  description:
    'The heading of a rail of other stories: "Editor\'s picks", "Most read", "Trending", "Выбор редакции", "Самое читаемое".',
  message: "Editor's picks / most-read rail, not part of the article.",
  matches: (f) => f.wordCount <= MAX_WORDS && PICKS.test(f.text),
});
