import type { Rule, RuleHit } from '../rule.js';
import { candidateLines, hit, pageView } from '../../boilerplate/page.js';
import { cueLine } from '../../boilerplate/lexicon.js';
import { EN_CUES } from '../../boilerplate/lexicon.en.js';
import { RU_CUES } from '../../boilerplate/lexicon.ru.js';

const READ_MORE = cueLine('readMore');
/** "Читайте также: <headline>", "Read also: <headline>": a link to another story. */
const RELATED_PREFIX = new RegExp(`^(?:${[...EN_CUES.readMore, ...RU_CUES.readMore].join('|')})\\s*[:—–-]\\s*\\S`, 'iu');
const MAX_BUTTON_WORDS = 6;
const MAX_LINK_WORDS = 30;

/** "Read more", "Continue", "Читать далее", "Читайте также: …" and other links to more text. */
export const readMore: Rule = {
  id: 'boilerplate/read-more',
  category: 'boilerplate',
  defaultSeverity: 'warning',
  description:
    'A "read more" button or a link to other stories: "Read more", "Continue", "Читать далее", "Читайте также: …", "Related articles".',
  detect(doc, ctx) {
    const page = pageView(doc, ctx);
    const hits: RuleHit[] = [];
    for (const f of candidateLines(page)) {
      if (f.wordCount <= MAX_BUTTON_WORDS && READ_MORE.test(f.text)) {
        hits.push(hit(f.span, '"Read more" / "Continue" button, not part of the article.'));
      } else if (f.wordCount <= MAX_LINK_WORDS && RELATED_PREFIX.test(f.text)) {
        hits.push(hit(f.span, 'Link to another story ("read also"), not part of the article.'));
      }
    }
    return hits;
  },
};
