import type { SeedDocument } from '../document.js';
import type { BodySentence } from './body.js';
import type { Attribution, AttributionModel, SentenceFacts } from './types.js';
import { paragraphQuotes, sentenceFacts } from './facts.js';
import { findOwnCue, type OwnCue } from './own-cue.js';
import { findExtraCue } from './extra-cues.js';
import { propagateBackward, propagateColons, propagateLeadIns, propagateQuotes, QUOTE_MIN_WORDS, resolveNames } from './propagate.js';

export type { Attribution, AttributionKind, AttributionModel, SentenceFacts } from './types.js';

/**
 * Attributes the body sentences of a document, in one pass over them plus one over
 * their quotes (linear in the text). For each attributed sentence it records the cue
 * and the source, which may lie in a neighbouring sentence: quotes spanning several
 * sentences and "he added" continue an attribution; "Об этом заявил …" and "That is
 * according to …" attribute the sentence (or paragraph) before.
 */
export function attributeSentences(doc: SeedDocument, sentences: readonly BodySentence[], extraCues: readonly string[] = []): AttributionModel {
  const text = doc.text;
  const quotes = paragraphQuotes(text, sentences);
  const facts: SentenceFacts[] = [];
  const own: (OwnCue | null)[] = [];
  const sentenceQuotes: number[][] = [];
  let q = 0;
  for (const s of sentences) {
    while (q < quotes.length && quotes[q]!.end <= s.start) {
      q++;
    }
    const inside: number[] = [];
    for (let k = q; k < quotes.length && quotes[k]!.start < s.end; k++) {
      inside.push(k);
    }
    sentenceQuotes.push(inside);
    const f = sentenceFacts(text, s, inside.map((k) => quotes[k]!));
    facts.push(f);
    own.push(findOwnCue(s, f) ?? findExtraCue(s, f, extraCues));
  }

  const by: (Attribution | undefined)[] = sentences.map((s, i) => {
    const o = own[i];
    if (!o) {
      return undefined;
    }
    const quoted = facts[i]!.quoteShare >= 0.3 || sentenceQuotes[i]!.some((k) => quotes[k]!.words >= QUOTE_MIN_WORDS);
    const kind = quoted ? 'direct-quote' : o.kind;
    return { sentence: s.index, kind, cue: o.cue, cueSentence: s.index, source: o.source, sourceName: null, vague: o.vague };
  });

  propagateQuotes(sentences, quotes, sentenceQuotes, by);
  propagateColons(text, sentences, by);
  propagateBackward(sentences, facts, by);
  propagateLeadIns(text, sentences, by);
  const attributions = resolveNames(text, by);
  return { sentences, facts, bySentence: by, attributions };
}
