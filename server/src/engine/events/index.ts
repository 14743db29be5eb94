/**
 * Cross-document events and reprints: the pure part of the corpus index.
 *
 * Typical use (server or CLI):
 * ```ts
 * const events = new EventIndex();
 * const reprints = new ReprintIndex();
 * const body = bodySentences(doc, analyzer.analyze(doc, corpus));
 * events.set(doc, body);                 // add or replace one document
 * reprints.set(doc, body);
 * events.delete(uri); reprints.delete(uri);
 * xrefReport(events.events(), (uri) => ({ path, lineMap }));   // `xref --format json`
 * events.mentionsAt(uri, offset);        // hover: events and the other documents' mentions
 * framingDifferences(mention, other);    // hover: quoted words, spellings, loaded words
 * reprints.reprintsAt(uri, offset);      // hover: "also in X, lines a–b"
 * ```
 */
export { EventIndex, storyEvidence, type CorpusEvent, type EventMention, type EventAtPosition, type EventIndexOptions } from './eventIndex.js';
export { ReprintIndex, type ReprintPassage, type ReprintOptions } from './reprints.js';
export { framingDifferences, type FramingDifference, type MentionText } from './framing.js';
export { analyzeChrome, bodySentences } from './body.js';
export { xrefReport, type XrefReport, type XrefEvent, type XrefMention, type XrefDocumentLookup, type OffsetPositions } from './xref.js';
export { documentSignature, sentenceSignature, type DocumentSignature, type SentenceSignature } from './signature.js';
export { scoreLink, LINK_THRESHOLD, type LinkVerdict } from './link.js';
export { findDates, publicationDate, datesCompatible, isoDate, parseIsoDate, dayNumber, weekdayOf, type CalendarDate, type DateMention } from './dates.js';
export { findEntities, sequenceKey, gazetteerEntry, type EntityMention, type EntityVocabulary } from './entities.js';
export { GAZETTEER, type GazetteerEntry, type EntityKind } from './gazetteer.js';
export { findPredicates, predicateEntry, isEventWord, type PredicateMention } from './predicates.js';
export { PREDICATES, type PredicateEntry } from './predicateLexicon.js';
export { findNumbers, type NumberMention } from './numbers.js';
export { transliterate, phoneticKey, wordKey, stemRussianName, isCyrillic } from './translit.js';
export { summariseEvent, formatDate, displayName } from './summary.js';
