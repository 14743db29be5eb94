import type { Rule, RuleHit } from '../rule.js';
import { attributionFor } from '../../attribution/analysis.js';

/** Attribution to no one in particular: "some say", "it is believed", "по некоторым данным". */
export const vagueAttribution: Rule = {
  id: 'attribution/vague-attribution',
  category: 'vague-attribution',
  defaultSeverity: 'warning',
  description:
    'A body sentence whose only source is no one in particular: "some say", "critics argue", "it is believed", ' +
    '"are said to", "reportedly", "media reported", "experts say", "по некоторым данным", "сообщается", ' +
    '"как считают эксперты", "по сведениям СМИ". A named source in the same sentence ("it is believed by the ministry") clears it.',
  detect(doc, ctx) {
    const model = attributionFor(doc, ctx);
    const hits: RuleHit[] = [];
    model.sentences.forEach((_s, i) => {
      const a = model.bySentence[i];
      if (!a || !a.vague || a.cueSentence !== i) {
        return;
      }
      for (const cue of model.facts[i]!.vagueCues) {
        hits.push({
          start: cue.start,
          end: cue.end,
          message: `Vague attribution: "${cue.text}" names no one in particular. Who says so?`,
        });
      }
    });
    return hits;
  },
};
