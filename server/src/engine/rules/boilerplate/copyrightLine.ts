import { lineRule } from './lineRule.js';
import { cueIn } from '../../boilerplate/lexicon.js';

const COPYRIGHT = cueIn('copyright');
const MAX_WORDS = 40;

/** Copyright and reprint notices ("© 2024 …", "Все права защищены"). */
export const copyrightLine = lineRule({
  id: 'boilerplate/copyright',
  description:
    'A copyright or reprint notice ("©", "All rights reserved", "при использовании материалов ссылка обязательна").',
  message: 'Copyright notice, not part of the article.',
  evidence: ['copyright words'],
  matches: (f) => f.wordCount <= MAX_WORDS && !f.attributes && COPYRIGHT.test(f.text),
});
