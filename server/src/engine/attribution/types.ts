import type { Span } from '../types.js';
import type { BodySentence } from './body.js';

/**
 * How a sentence is attributed: a quote with its speaker, reported speech, a source
 * phrase ("according to"), a later sentence that names the source of this one
 * ("Об этом заявил …"), or the continuation of a quote or statement begun earlier.
 */
export type AttributionKind = 'direct-quote' | 'indirect' | 'source-phrase' | 'backward' | 'continuation';

/** The attribution of one body sentence. Spans are document offsets. */
export interface Attribution {
  /** Index of the attributed sentence among the body sentences. */
  readonly sentence: number;
  readonly kind: AttributionKind;
  /** The cue (verb, phrase or opening); it lies in another sentence for backward attribution and continuations. */
  readonly cue: Span;
  /** Index of the body sentence that holds the cue. */
  readonly cueSentence: number;
  /** The source as written ("the ministry", "он", "Владислав Дейнего"), or `null` when it could not be told. */
  readonly source: Span | null;
  /** The source to show: its text, with a pronoun resolved to the last named source before it. */
  readonly sourceName: string | null;
  /** True when the attribution names no one in particular ("some say", "сообщается"). */
  readonly vague: boolean;
}

/** Per-sentence facts the rules and the server share. */
export interface SentenceFacts {
  /** True when the sentence is mostly Cyrillic (Russian lexicon applies). */
  readonly russian: boolean;
  /** The sentence text with quoted words blanked out, offsets kept. */
  readonly unquoted: string;
  /** Share of the sentence's letters that stand inside quotes. */
  readonly quoteShare: number;
  /** Vague cues outside quotes, as document offsets. */
  readonly vagueCues: readonly (Span & { readonly text: string })[];
}

/** The attribution model of one document's body. */
export interface AttributionModel {
  readonly sentences: readonly BodySentence[];
  /** Parallel to `sentences`. */
  readonly facts: readonly SentenceFacts[];
  /** Parallel to `sentences`: the sentence's attribution, if any. */
  readonly bySentence: readonly (Attribution | undefined)[];
  /** All attributions, in sentence order. */
  readonly attributions: readonly Attribution[];
}
