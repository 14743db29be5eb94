/** What the attribution model needs to know about one language. */
export interface AttributionLexicon {
  /** Reporting, opinion and speech-act cues that attribute wherever they stand ("said", "заявил"). */
  readonly strongCues: RegExp;
  /** The same for single words, looked up by word (much faster than one more alternative in a regex). */
  readonly strongWords: ReadonlySet<string>;
  /**
   * Verbs that attribute only in a reporting frame ("added that", "…," he added,
   * "found:"): elsewhere they are narrative ("added 200 jobs").
   */
  readonly framedCues: RegExp;
  /** Single-word framed cues, looked up by word. */
  readonly framedWords: ReadonlySet<string>;
  /** Phrases that introduce a named source ("according to", "по словам"); the source follows. */
  readonly sourcePhrases: RegExp;
  /**
   * Evidence of a source without a speaker phrase of its own: channels ("in a statement",
   * "в интервью"), spokespeople, stance nouns with their holder ("his criticism of").
   */
  readonly channelCues: RegExp;
  /** A sentence opening that hands its attribution back to the sentence before ("Об этом …", "This was announced by"). */
  readonly backwardOpening: RegExp;
  /** Personal pronouns that can stand for a source. */
  readonly pronouns: ReadonlySet<string>;
  /** Words that end a noun phrase when reading away from a cue (conjunctions, relative words, prepositions of adjuncts). */
  readonly phraseBreakers: ReadonlySet<string>;
  /** Words skipped between a cue and its source ("has also said", "уже заявлял"). */
  readonly cueModifiers: ReadonlySet<string>;
}
