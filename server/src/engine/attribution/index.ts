/**
 * The attribution model: who says what in an article's body, English and Russian.
 * The rules `attribution/unattributed-claim` and `attribution/vague-attribution` read it
 * through {@link attributionFor}; the server (outline, hovers) and the CLI (`sources`)
 * call {@link analyseAttribution} with the analyzer's findings and {@link summariseSources}.
 */
export { analyseAttribution, attributionFor, ATTRIBUTION_MEMO_KEY } from './analysis.js';
export { attributeSentences } from './model.js';
export { bodySentences, type BodySentence } from './body.js';
export type { Attribution, AttributionKind, AttributionModel, SentenceFacts } from './types.js';
export { summariseSources, UNNAMED_SOURCE, type SourceStatement, type SourceSummary } from './sources.js';
export { notAClaim, stripDateline, type NotAClaim } from './claims.js';
export { findLoadedWords } from './loaded.js';
export { findVagueCues, type VagueCue } from './vague.js';
export { findQuotes, type Quote } from './quotes.js';
