import type { BodySentence } from './body.js';
import type { Attribution, AttributionKind, SentenceFacts } from './types.js';
import type { Quote } from './quotes.js';
import { EN_LEXICON } from './cues-en.js';
import { RU_LEXICON } from './cues-ru.js';
import { isPronoun } from './source.js';
import { lexiconOf } from './own-cue.js';

/** Quotes shorter than this many words (scare quotes) neither attribute nor carry attribution. */
export const QUOTE_MIN_WORDS = 3;

function inherit(from: Attribution, sentence: number, kind: AttributionKind): Attribution {
  return { ...from, sentence, kind };
}

/** Sentences inside a quote that has its speaker elsewhere inherit that attribution. */
export function propagateQuotes(
  sentences: readonly BodySentence[],
  quotes: readonly Quote[],
  sentenceQuotes: readonly (readonly number[])[],
  by: (Attribution | undefined)[],
): void {
  // First and last sentence each quote touches, by one walk over the sentences.
  const first = new Array<number>(quotes.length).fill(-1);
  const last = new Array<number>(quotes.length).fill(-1);
  sentenceQuotes.forEach((ks, i) => {
    for (const k of ks) {
      if (first[k] === -1) {
        first[k] = i;
      }
      last[k] = i;
    }
  });
  for (let k = 0; k < quotes.length; k++) {
    const a = first[k]!;
    const b = last[k]!;
    if (a < 0 || quotes[k]!.words < QUOTE_MIN_WORDS) {
      continue;
    }
    let owner: Attribution | undefined = by[b] ?? by[a];
    if (owner === undefined || owner.vague) {
      for (let i = a; i <= b && owner === undefined; i++) {
        owner = by[i];
      }
    }
    if (owner === undefined && a > 0) {
      const before = by[a - 1];
      const samePara = sentences[a - 1]!.paragraph === sentences[a]!.paragraph;
      const quoteLed = before && (before.kind === 'direct-quote' || before.kind === 'continuation');
      // A quote continued from the paragraph before, or following a quoted statement.
      if (before && (quoteLed || !quotes[k]!.opened || samePara)) {
        owner = before;
      }
    }
    if (owner === undefined) {
      continue;
    }
    for (let i = a; i <= b; i++) {
      if (by[i] === undefined) {
        by[i] = inherit(owner, sentences[i]!.index, 'continuation');
      }
    }
  }
}

/** "The minister said:" hands its attribution to the sentence that follows. */
export function propagateColons(text: string, sentences: readonly BodySentence[], by: (Attribution | undefined)[]): void {
  for (let i = 1; i < sentences.length; i++) {
    const prev = by[i - 1];
    if (by[i] === undefined && prev && prev.cueSentence === i - 1 && /:\s*$/u.test(text.slice(sentences[i - 1]!.start, sentences[i - 1]!.end))) {
      by[i] = inherit(prev, sentences[i]!.index, 'continuation');
    }
  }
}

/** "Об этом заявил …", "This was announced by …": the sentence names the source of the one before. */
export function propagateBackward(sentences: readonly BodySentence[], facts: readonly SentenceFacts[], by: (Attribution | undefined)[]): void {
  for (let i = 1; i < sentences.length; i++) {
    const here = by[i];
    if (!here || here.cueSentence !== i) {
      continue;
    }
    const opening = facts[i]!.unquoted.replace(/^[\s—–\-.,:;]+/u, '');
    if (!lexiconOf(facts[i]!.russian).backwardOpening.test(opening)) {
      continue;
    }
    const paragraph = sentences[i - 1]!.paragraph;
    for (let j = i - 1; j >= 0 && sentences[j]!.paragraph === paragraph && by[j] === undefined; j--) {
      by[j] = inherit(here, sentences[j]!.index, 'backward');
    }
  }
}

const OPENS_WITH_QUOTE = /^\s*(?:["“«„]|'')/u;

/**
 * The last sentence of a paragraph followed by a paragraph that opens with a speaker's
 * quote is the reporter's lead-in to that quote ("Measuring wealth is more art than
 * science. / 'Some numbers need salt,' said an economist."): it takes the quote's source.
 */
export function propagateLeadIns(text: string, sentences: readonly BodySentence[], by: (Attribution | undefined)[]): void {
  for (let i = 0; i + 1 < sentences.length; i++) {
    const next = by[i + 1];
    const nextSentence = sentences[i + 1]!;
    if (
      by[i] === undefined &&
      next &&
      !next.vague &&
      next.source !== null &&
      nextSentence.paragraph !== sentences[i]!.paragraph &&
      OPENS_WITH_QUOTE.test(text.slice(nextSentence.start, nextSentence.end))
    ) {
      by[i] = inherit(next, sentences[i]!.index, 'backward');
    }
  }
}

// "The report" is capitalised only because it starts the sentence: not a name a pronoun can stand for.
const LEADING_DETERMINER = /^(?:The|A|An|This|That|These|Those|His|Her|Their|Its)\s+/u;

/** Fills `sourceName`: the source's text, pronouns resolved to the last named source. */
export function resolveNames(text: string, by: (Attribution | undefined)[]): Attribution[] {
  const out: Attribution[] = [];
  let lastNamed: string | null = null;
  for (let i = 0; i < by.length; i++) {
    const a = by[i];
    if (!a) {
      continue;
    }
    let name: string | null = a.source ? text.slice(a.source.start, a.source.end) : null;
    if (name !== null) {
      const lex = /[\u0400-\u04ff]/u.test(name) ? RU_LEXICON : EN_LEXICON;
      if (isPronoun(name, lex)) {
        name = lastNamed ?? name;
      } else if (/\p{Lu}/u.test(name.replace(LEADING_DETERMINER, ''))) {
        lastNamed = name;
      }
    }
    const resolved = { ...a, sourceName: name };
    by[i] = resolved;
    out.push(resolved);
  }
  return out;
}
