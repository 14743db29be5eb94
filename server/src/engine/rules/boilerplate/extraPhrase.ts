import type { Rule, RuleHit } from '../rule.js';
import { candidateLines, hit, pageView } from '../../boilerplate/page.js';

/** Lines containing a phrase the user listed in `extraBoilerplatePhrases` (literal, any case). */
export const extraPhrase: Rule = {
  id: 'boilerplate/extra-phrase',
  category: 'boilerplate',
  defaultSeverity: 'warning',
  description: 'A line containing one of the phrases listed in the `extraBoilerplatePhrases` setting (literal text, any case).',
  detect(doc, ctx) {
    const phrases = ctx.settings.extraBoilerplatePhrases.map((p) => p.trim().toLocaleLowerCase()).filter((p) => p.length > 0);
    if (phrases.length === 0) {
      return [];
    }
    const page = pageView(doc, ctx);
    const hits: RuleHit[] = [];
    for (const f of candidateLines(page)) {
      const lower = f.text.toLocaleLowerCase();
      const phrase = phrases.find((p) => lower.includes(p));
      if (phrase !== undefined) {
        hits.push(hit(f.span, `Matches the boilerplate phrase "${phrase}" from your settings.`, { evidence: [`setting extraBoilerplatePhrases: "${phrase}"`] }));
      }
    }
    return hits;
  },
};
