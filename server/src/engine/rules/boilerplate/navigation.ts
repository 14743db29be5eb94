import { lineRule } from './lineRule.js';
import { cueLine } from '../../boilerplate/lexicon.js';

const NAVIGATION = cueLine('navigation');
const MAX_WORDS = 12;

/** Navigation links and page controls on a line of their own ("Skip to content", "Menu", "Главная"). */
export const navigation = lineRule({
  id: 'boilerplate/navigation',
  description:
    'A navigation link or page control on a line of its own: "Skip to content", "Menu", "Search", "Table of contents", "Главная", "Наверх".',
  message: 'Navigation link or page control, not part of the article.',
  matches: (f) => f.wordCount <= MAX_WORDS && NAVIGATION.test(f.text),
});
