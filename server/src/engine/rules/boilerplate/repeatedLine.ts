import type { Rule, RuleHit } from '../rule.js';
import { candidateLines, hit, outsideBody, pageView } from '../../boilerplate/page.js';
import { normaliseLine } from '../../text.js';
import type { LineFeatures } from '../../boilerplate/features.js';

/** Lines this long or longer may be article text two outlets share (a quote, wire copy). */
const ARTICLE_WORDS = 13;

/**
 * Whether a line found in other documents too is chrome rather than shared article text:
 * short UI-like lines and lines in the publisher's voice are chrome; long prose that
 * reports someone or speaks to no reader is text the outlets both carry.
 */
function chromeShaped(f: LineFeatures, outside: boolean, articleZone: boolean): boolean {
  if (f.wordCount < ARTICLE_WORDS) {
    return outside || !articleZone;
  }
  return f.addressesReader && !f.attributes;
}

/** Lines that recur across documents of the corpus: site chrome the scraper saved each time. */
export const repeatedLine: Rule = {
  id: 'boilerplate/repeated-line',
  category: 'boilerplate',
  defaultSeverity: 'warning',
  description:
    'A line that recurs in other documents of the corpus: site chrome saved with each page. A long sentence in article form (a quote two outlets both carry) is not flagged; short lines and lines addressed to the reader are.',
  detect(doc, ctx) {
    if (ctx.corpus.size < 2) {
      return [];
    }
    const page = pageView(doc, ctx);
    const hits: RuleHit[] = [];
    for (const f of candidateLines(page)) {
      if (f.wordCount === 0) {
        continue;
      }
      const alsoIn = ctx.corpus.documentsWithLine(normaliseLine(f.text), doc.uri);
      if (alsoIn.length === 0) {
        continue;
      }
      const zone = page.zones[f.index]!;
      if (!chromeShaped(f, outsideBody(page, f.index), zone.final === 'good')) {
        continue;
      }
      const n = alsoIn.length + 1;
      hits.push(
        hit(f.span, `Repeated in ${n} documents of the corpus: site chrome, not part of the article.`, {
          alsoIn,
          evidence: [`same line in ${alsoIn.length} other document${alsoIn.length === 1 ? '' : 's'}`],
        }),
      );
    }
    return hits;
  },
};
