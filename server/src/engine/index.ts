/** The Source Review engine: pure text in, findings out. No vscode, fs or process here. */
export * from './types.js';
export { LineMap, lineIndexAt, normaliseLine, type Line } from './text.js';
export { parseSeed, type SeedDocument, type Block, type ListItem, type ParseOptions } from './document.js';
export type { Sentence } from './sentences.js';
export { detectLanguage } from './language/detect.js';
export { detectOutlet } from './outlet.js';
export { CorpusIndex, EMPTY_CORPUS, type CorpusView } from './corpus/corpus.js';
export { createAnalyzer, type Analyzer, type AnalyzerOptions, type RuleInfo } from './analyzer.js';
export { DEFAULT_SETTINGS, type EngineSettings, type RuleSetting } from './settings.js';
export type { Rule, RuleHit, RuleContext } from './rules/rule.js';
export { decodeSeed, MAX_SEED_BYTES, type DecodeResult } from './decode.js';
export { isSeedPath, isSeedFileName, isSkippedFolder } from './seedPaths.js';
export { findCommentSection, sharedCommentSection, type CommentSection, type ReaderComment } from './comments/section.js';
export {
  analyseAttribution,
  summariseSources,
  UNNAMED_SOURCE,
  type Attribution,
  type AttributionKind,
  type AttributionModel,
  type SourceStatement,
  type SourceSummary,
} from './attribution/index.js';
export { scanTags } from './tags/parse.js';
export { maskTags } from './tags/mask.js';
export { CLOSE_TAG, formatOpenTag, escapeNote, nearestKind } from './tags/format.js';
export {
  TAG_KINDS,
  type TagKind,
  type ReviewTag,
  type TagProblem,
  type TagProblemKind,
  type TagScan,
  type TagEdit,
  type TagRepair,
} from './tags/types.js';
