import type { Rule, RuleHit } from '../rule.js';
import { attributionFor } from '../../attribution/analysis.js';
import { notAClaim } from '../../attribution/claims.js';
import { findLoadedWords } from '../../attribution/loaded.js';

const WHY = "no reporting verb, quote or 'according to'";

/** A body sentence that asserts something and names no source for it. */
export const unattributedClaim: Rule = {
  id: 'attribution/unattributed-claim',
  category: 'unattributed-claim',
  defaultSeverity: 'information',
  description:
    'A sentence of the article body that asserts something (events, numbers, causes, characterisations) with no source: ' +
    'no quote with a speaker, no reporting verb ("said", "заявил"), no "according to"/"по словам", and no later sentence ' +
    'such as "Об этом заявил …" that names one. Questions, headlines, datelines and credits are left alone. Loaded or ' +
    'contested words ("regime", "junta", "хунта", "каратели") in such a sentence raise it to a warning.',
  detect(doc, ctx) {
    const model = attributionFor(doc, ctx);
    const hits: RuleHit[] = [];
    model.sentences.forEach((s, i) => {
      if (model.bySentence[i] !== undefined) {
        return;
      }
      const facts = model.facts[i]!;
      if (notAClaim(s.text, facts.russian) !== null) {
        return;
      }
      const loaded = findLoadedWords(facts.unquoted, facts.russian);
      const quote = facts.quoteShare >= 0.6;
      const head = quote ? 'Quote with no speaker: who said this?' : `No source for this claim: ${WHY}.`;
      if (loaded.length > 0) {
        const words = loaded.map((w) => `"${w}"`).join(', ');
        hits.push({
          start: s.start,
          end: s.end,
          severity: 'warning',
          message: `${head} It uses loaded or contested wording (${words}) without saying whose it is.`,
          data: { evidence: loaded.map((w) => `loaded: ${w}`) },
        });
      } else {
        hits.push({ start: s.start, end: s.end, message: head });
      }
    });
    return hits;
  },
};
