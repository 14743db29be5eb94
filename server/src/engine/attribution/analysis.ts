import type { Finding } from '../types.js';
import type { SeedDocument } from '../document.js';
import type { RuleContext } from '../rules/rule.js';
import { bodySentences } from './body.js';
import { attributeSentences, type AttributionModel } from './model.js';
import { normaliseCues } from './extra-cues.js';

/** The memo key under which one analysis shares its attribution model between rules. */
export const ATTRIBUTION_MEMO_KEY = 'attribution';

/**
 * The attribution model of a document's body, given the findings that mark boilerplate
 * and reader comments (the server and CLI pass the analyzer's findings), and the user's
 * extra reporting phrases (setting `extraAttributionCues`). Without `extraCues`, the cues of
 * the document's last analysis are kept (the outline and the CLI's sources then agree with
 * the diagnostics the rules computed under the user's settings).
 */
export function analyseAttribution(doc: SeedDocument, findings: readonly Finding[], extraCues?: readonly string[]): AttributionModel {
  const sentences = bodySentences(doc, findings);
  const cues = normaliseCues(extraCues);
  // The rules and then the caller (sources for the CLI, the outline) ask for the same model:
  // it is computed once per document object, body and cues.
  const body = sentences.map((s) => `${s.start}:${s.end}`).join(',');
  const cached = models.get(doc);
  if (cached?.body === body && (extraCues === undefined || cached.cues === cues.join('\u0000'))) {
    return cached.model;
  }
  const model = attributeSentences(doc, sentences, cues);
  models.set(doc, { body, cues: cues.join('\u0000'), model });
  return model;
}

/** The last attribution model of each document object (a document's text never changes; a new version is a new object). */
const models = new WeakMap<SeedDocument, { readonly body: string; readonly cues: string; readonly model: AttributionModel }>();

/** The attribution model for a rule: computed once per analysis, after the boilerplate and comment rules. */
export function attributionFor(doc: SeedDocument, ctx: RuleContext): AttributionModel {
  return ctx.memo(ATTRIBUTION_MEMO_KEY, () => analyseAttribution(doc, ctx.earlier, ctx.settings.extraAttributionCues ?? []));
}
