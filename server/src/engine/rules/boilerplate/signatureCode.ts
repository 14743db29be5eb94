import type { Rule, RuleHit } from '../rule.js';
import { candidateLines, hit, pageView } from '../../boilerplate/page.js';

/**
 * An editor's or agency's signature code closing a paragraph: a short token with `*`
 * or `/` between letters (`*к3*т`, `ЕК/ТН`, `ap/dj (dpa, Reuters)`), after the
 * paragraph's last sentence.
 */
const CODE_AT_END =
  /(?<=[.!?…»"”)]\s{1,3})((?=[^\s]{2,12}(?:\s\([^()]{1,40}\))?\s*$)[\p{L}\p{N}]{0,6}[*/][\p{L}\p{N}*/]{1,10}(?:\s\([^()]{1,40}\))?)\s*$/u;
const HAS_LETTER = /\p{L}/u;
const MIN_PARAGRAPH_WORDS = 8;

/** Editor signature codes at the end of a paragraph; only the code is flagged, never the paragraph. */
export const signatureCode: Rule = {
  id: 'boilerplate/signature-code',
  category: 'boilerplate',
  defaultSeverity: 'warning',
  description:
    'An editor\'s signature code after the last sentence of a paragraph (short tokens such as `*к3*т` or `ЕК/ТН`). Only the code is flagged.',
  detect(doc, ctx) {
    const page = pageView(doc, ctx);
    const hits: RuleHit[] = [];
    for (const f of candidateLines(page)) {
      if (f.wordCount < MIN_PARAGRAPH_WORDS) {
        continue;
      }
      const m = CODE_AT_END.exec(f.text);
      if (!m || !HAS_LETTER.test(m[1]!)) {
        continue;
      }
      const start = f.span.start + m.index;
      hits.push(hit({ start, end: start + m[1]!.length }, 'Editor\'s signature code, not part of the article.', { evidence: ['short code after the last sentence of a paragraph'] }));
    }
    return hits;
  },
};
