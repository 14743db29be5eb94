import type { Rule, RuleHit } from '../rule.js';
import type { LineFeatures } from '../../boilerplate/features.js';
import { candidateLines, hit, pageView } from '../../boilerplate/page.js';

/** What a line-by-line boilerplate rule declares. */
export interface LineRuleSpec {
  readonly id: string;
  readonly description: string;
  /** The finding's message. */
  readonly message: string;
  /** Reasons shown in the hover. */
  readonly evidence?: readonly string[];
  /** Whether a candidate line (outside comments and the headline) is this kind of chrome. */
  matches(line: LineFeatures): boolean;
}

/** A boilerplate rule that flags each whole candidate line its `matches` accepts. */
export function lineRule(spec: LineRuleSpec): Rule {
  const data = spec.evidence ? { evidence: spec.evidence } : undefined;
  return {
    id: spec.id,
    category: 'boilerplate',
    defaultSeverity: 'warning',
    description: spec.description,
    detect(doc, ctx) {
      const hits: RuleHit[] = [];
      for (const f of candidateLines(pageView(doc, ctx))) {
        if (spec.matches(f)) {
          hits.push(hit(f.span, spec.message, data));
        }
      }
      return hits;
    },
  };
}
