/** Plain types shared by the event index and its grouping. */
import type { LanguageCode, Span } from '../types.js';

/** One sentence that reports an event. */
export interface EventMention {
  readonly uri: string;
  /** The sentence's span in its document (UTF-16 offsets). */
  readonly span: Span;
  /** 0-based line on which the sentence starts. */
  readonly line: number;
  readonly text: string;
  readonly language: LanguageCode;
  readonly outlet: string | null;
}

/** One event reported by sentences of two or more documents. */
export interface CorpusEvent {
  /** `e1`, `e2`…: stable for a given corpus, in order of first mention. */
  readonly id: string;
  /** "Actor predicate object (date)", in English. */
  readonly summary: string;
  /** Mentions in document order (by URI, then offset). */
  readonly mentions: readonly EventMention[];
}

/** What a hover needs: the event at a position and its mentions elsewhere. */
export interface EventAtPosition {
  readonly event: CorpusEvent;
  /** The mention under the position. */
  readonly mention: EventMention;
  /** Mentions in other documents. */
  readonly others: readonly EventMention[];
}

/** A link between two sentences: its score and the predicates it rests on. */
export interface SentenceLink {
  readonly score: number;
  readonly sameDay: boolean;
  readonly predicates: readonly string[];
}

/** Where a sentence id points: its document and its index among the document's signatures. */
export interface SentenceRef {
  readonly uri: string;
  readonly index: number;
}
