/**
 * "Who said what" of an open document, computed once per analysis: the outline and the
 * hovers of one document version share the sources derived from the findings its
 * diagnostics were published from.
 */
import { analyseAttribution, summariseSources, type Finding, type SeedDocument, type SourceSummary } from '../engine/index.js';

/**
 * Keyed by the findings array of one analysis: the session keeps that array for as long as
 * the version is current, so the entry lives exactly as long as the analysis it belongs to.
 */
const CACHE = new WeakMap<readonly Finding[], { readonly doc: SeedDocument; readonly sources: readonly SourceSummary[] }>();

/**
 * The sources of `doc` with their statements, given the analyzer's `findings` for it (they
 * mark the boilerplate and reader comments that are not the article's body).
 */
export function sourcesOf(doc: SeedDocument, findings: readonly Finding[]): readonly SourceSummary[] {
  const cached = CACHE.get(findings);
  if (cached?.doc === doc) {
    return cached.sources;
  }
  const sources = summariseSources(doc.text, analyseAttribution(doc, findings));
  CACHE.set(findings, { doc, sources });
  return sources;
}
