/** Export of the clean corpus: clean text, offset map, and tags and findings in clean offsets. Pure. */
export {
  cleanDocument,
  type CleanDocument,
  type CleanSpan,
  type CleanTag,
  type CleanFinding,
  type RemovedTag,
  type RemovedFinding,
  type RemovalReason,
} from './cleanDocument.js';
export { buildCleanText, type CleanText, type CopiedRun } from './cleanText.js';
export { CleanOffsetMap } from './offsetMap.js';
export { removalSpans, REMOVED_CATEGORIES, REMOVED_TAG_KINDS } from './removals.js';
export { codePointOffsets } from './codePoints.js';
export { annotationLine, type DocumentInfo } from './jsonl.js';
export { webAnnotations, relativeIri, ANNOTATION_CONTEXT, type WebAnnotation } from './webAnnotation.js';
