import type { Span } from '../types.js';
import type { SeedDocument } from '../document.js';
import type { BodySentence } from './body.js';
import type { AttributionLexicon } from './lexicon.js';
import { EN_LEXICON } from './cues-en.js';
import { RU_LEXICON } from './cues-ru.js';
import { allMatches, isMostlyCyrillic } from './patterns.js';
import { findQuotes, type Quote } from './quotes.js';
import { isPronoun, sourceAfter, sourceBefore } from './source.js';
import { findVagueCues } from './vague.js';

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

interface OwnCue {
  readonly kind: 'indirect' | 'source-phrase';
  readonly cue: Span;
  readonly source: Span | null;
  readonly vague: boolean;
}

const QUOTE_MIN_WORDS = 3;
// A speaker that starts within this many characters after a vague cue is part of it ("источник в правительстве").
const VAGUE_REACH = 24;

/**
 * Attributes the body sentences of a document, in one pass over them plus one over
 * their quotes (linear in the text). For each attributed sentence it records the cue
 * and the source, which may lie in a neighbouring sentence: quotes spanning several
 * sentences and "he added" continue an attribution; "Об этом заявил …" and "That is
 * according to …" attribute the sentence (or paragraph) before.
 */
export function attributeSentences(doc: SeedDocument, sentences: readonly BodySentence[]): AttributionModel {
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
    own.push(findOwnCue(s, f));
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

function lexiconOf(russian: boolean): AttributionLexicon {
  return russian ? RU_LEXICON : EN_LEXICON;
}

function paragraphQuotes(text: string, sentences: readonly BodySentence[]): Quote[] {
  const out: Quote[] = [];
  let i = 0;
  while (i < sentences.length) {
    let j = i;
    while (j + 1 < sentences.length && sentences[j + 1]!.paragraph === sentences[i]!.paragraph) {
      j++;
    }
    out.push(...findQuotes(text, { start: sentences[i]!.start, end: sentences[j]!.end }));
    i = j + 1;
  }
  return out;
}

function sentenceFacts(text: string, s: BodySentence, quotes: readonly Quote[]): SentenceFacts {
  let unquoted = '';
  let cursor = s.start;
  let quotedLetters = 0;
  for (const quote of quotes) {
    const from = Math.max(quote.start, cursor);
    const to = Math.min(quote.end, s.end);
    if (to <= from) {
      continue;
    }
    unquoted += text.slice(cursor, from) + ' '.repeat(to - from);
    quotedLetters += letterCount(text.slice(from, to));
    cursor = to;
  }
  unquoted += text.slice(cursor, s.end);
  const letters = letterCount(s.text);
  const russian = isMostlyCyrillic(s.text);
  const vagueCues = findVagueCues(unquoted, russian).map((v) => ({
    start: s.start + v.start,
    end: s.start + v.end,
    text: text.slice(s.start + v.start, s.start + v.end),
  }));
  return { russian, unquoted, quoteShare: letters === 0 ? 0 : quotedLetters / letters, vagueCues };
}

function letterCount(str: string): number {
  return str.replace(/[^\p{L}]+/gu, '').length;
}

// A short capitalised name before a colon opens a headline or a lead with its source: "RT: Putin has …".
const COLON_SOURCE = /^((?:\p{Lu}[\p{L}\p{N}.&'’-]*)(?:\s+\p{Lu}[\p{L}\p{N}.&'’-]*){0,3}):\s+\S/u;
const NOT_A_SOURCE =
  /^(?:update[ds]?|breaking|watch|previously|note|photo|video|read|see|also|abstract|full text|editor[’']?s note|related|exclusive|analysis|opinion|live|listen|comment|correction|warning|q|a|обновлено|фото|видео|читайте|важно|мнение|комментарий|справка)$/iu;

const FRAMED_AFTER = /^(?:\s+(?:on|last|this|earlier|late|in|at)\s+\p{L}+(?:\s+\p{L}+)?)?\s*(?:that|что|,|:|[“"«„‘]|''|[—–]|\.?\s*$)/iu;
// After a closing quote: '…," he added', '«…», — добавил он'.
// Or after a comma that closes the reported clause: "…, the statement added", "…, he noted".
const FRAMED_BEFORE =
  /(?:(?:,\s*[”"»’]|[”"»’]\s*,|''|[”"»]\s*[—–-])\s*(?:[—–-]+\s*)?(?:[\p{L}.'’-]+\s+){0,5}|,\s+(?!(?:which|who|whom|that|and|but|while|as|where|when|if|because|since|although|though|after|before|который|которая|которые|что|и|а|но|когда)\s)(?:[\p{L}.'’-]+\s+){0,4})$/iu;
const QUOTE_SOON = /^(?:\s+[\p{L}\p{N}'’.-]+){1,6}\s*(?:[“"«„]|'')/u;
// Documents and counts that speak for themselves: "the poll showed", "данные показали".
const DOCUMENT_SUBJECT =
  /(?<![\p{L}\p{N}])(?:poll|survey|study|report|data|figures|statistics|analysis|research|document|census|estimate|tally|audit|investigation|inquiry|probe|ruling|verdict|filing|memo|letter|decree|опрос|исследовани|доклад|отч[её]т|данные|документ|указ|статистик|расследовани|постановлени)\p{L}*(?![\p{L}\p{N}])/iu;

/** The words of the clause that leads up to `at`: back to a semicolon, colon, dash or the sentence start. */
function clauseBefore(u: string, at: number): string {
  const before = u.slice(Math.max(0, at - 120), at);
  const cut = Math.max(before.lastIndexOf(';'), before.lastIndexOf(':'), before.lastIndexOf('—'), before.lastIndexOf(' – '));
  return cut >= 0 ? before.slice(cut + 1) : before;
}

/** A verb like "added" or "found" reports speech when a clause, quote or speaker frame surrounds it. */
function isFramed(sentence: string, m: Span): boolean {
  const after = sentence.slice(m.end, m.end + 80);
  // "With all precincts reporting, …": a participle before a comma is an adjunct, not a report.
  const participleAdjunct = /ing$/iu.test(sentence.slice(m.start, m.end)) && /^\s*,/u.test(after);
  return (FRAMED_AFTER.test(after) && !participleAdjunct) || QUOTE_SOON.test(after) || FRAMED_BEFORE.test(sentence.slice(Math.max(0, m.start - 60), m.start));
}

function findOwnCue(s: BodySentence, f: SentenceFacts): OwnCue | null {
  const lex = lexiconOf(f.russian);
  const u = f.unquoted;
  const abs = (span: Span | null): Span | null => (span ? { start: s.start + span.start, end: s.start + span.end } : null);
  const candidates: { cue: Span; source: Span | null; kind: OwnCue['kind']; rank: number }[] = [];

  const colon = COLON_SOURCE.exec(u);
  if (colon && !NOT_A_SOURCE.test(colon[1]!)) {
    const span = { start: 0, end: colon[1]!.length };
    candidates.push({ cue: { start: span.end, end: span.end + 1 }, source: span, kind: 'source-phrase', rank: 0 });
  }
  for (const m of allMatches(lex.sourcePhrases, u)) {
    candidates.push({ cue: m, source: sourceAfter(u, m.end, u.length, lex), kind: 'source-phrase', rank: 1 });
  }
  for (const m of allMatches(lex.strongCues, u)) {
    candidates.push({ cue: m, source: sourceOf(u, m, lex, f.russian), kind: 'indirect', rank: 2 });
  }
  for (const m of allMatches(lex.framedCues, u)) {
    const source = sourceOf(u, m, lex, f.russian);
    if (isFramed(s.text, m) || DOCUMENT_SUBJECT.test(clauseBefore(u, m.start))) {
      candidates.push({ cue: m, source, kind: 'indirect', rank: 3 });
    }
  }
  for (const m of allMatches(lex.channelCues, u)) {
    candidates.push({ cue: m, source: null, kind: 'source-phrase', rank: 4 });
  }
  const vague = f.vagueCues.map((v) => ({ start: v.start - s.start, end: v.end - s.start }));
  // A vague phrase stands unless another cue names someone: a source phrase, a channel, or a speaker who is not a pronoun.
  const named = candidates.filter(
    (c) =>
      !vague.some((v) => v.start <= c.cue.start && c.cue.end <= v.end) &&
      (vague.length === 0 ||
        c.kind === 'source-phrase' ||
        (c.source !== null &&
          !isPronoun(u.slice(c.source.start, c.source.end), lex) &&
          !vague.some((v) => c.source!.start < v.end + VAGUE_REACH && v.start < c.source!.end))),
  );
  if (named.length > 0) {
    named.sort((a, b) => a.rank - b.rank || a.cue.start - b.cue.start);
    const best = named[0]!;
    return { kind: best.kind, cue: abs(best.cue)!, source: abs(best.source), vague: false };
  }
  if (vague.length > 0) {
    return { kind: 'indirect', cue: abs(vague[0]!)!, source: null, vague: true };
  }
  return null;
}

// The speaker follows the verb after a quote or dash ('…," said Smith', '— заявил министр'),
// at the head of a sentence, or after "Об этом …" / "Как …".
const INVERTED_BEFORE = /(?:^|[,:;—–-]|(?:^|\s)(?:об?\s+этом|как|это|так)(?:\s+\S+){0,6})\s*$/iu;

function sourceOf(u: string, cue: Span, lex: AttributionLexicon, russian: boolean): Span | null {
  const before = u.slice(0, cue.start);
  const inverted = INVERTED_BEFORE.test(before.trimEnd() === '' ? '' : before);
  if (inverted) {
    const after = sourceAfter(u, cue.end, u.length, lex);
    if (after && (russian || !/^it$/iu.test(u.slice(after.start, after.end)))) {
      return after;
    }
  }
  return sourceBefore(u, 0, cue.start, lex) ?? (russian ? sourceAfter(u, cue.end, u.length, lex) : null);
}

function inherit(from: Attribution, sentence: number, kind: AttributionKind): Attribution {
  return { ...from, sentence, kind };
}

/** Sentences inside a quote that has its speaker elsewhere inherit that attribution. */
function propagateQuotes(
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
function propagateColons(text: string, sentences: readonly BodySentence[], by: (Attribution | undefined)[]): void {
  for (let i = 1; i < sentences.length; i++) {
    const prev = by[i - 1];
    if (by[i] === undefined && prev && prev.cueSentence === i - 1 && /:\s*$/u.test(text.slice(sentences[i - 1]!.start, sentences[i - 1]!.end))) {
      by[i] = inherit(prev, sentences[i]!.index, 'continuation');
    }
  }
}

/** "Об этом заявил …", "This was announced by …": the sentence names the source of the one before. */
function propagateBackward(sentences: readonly BodySentence[], facts: readonly SentenceFacts[], by: (Attribution | undefined)[]): void {
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
function propagateLeadIns(text: string, sentences: readonly BodySentence[], by: (Attribution | undefined)[]): void {
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

/** Fills `sourceName`: the source's text, pronouns resolved to the last named source. */
function resolveNames(text: string, by: (Attribution | undefined)[]): Attribution[] {
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
      } else if (/\p{Lu}/u.test(name)) {
        lastNamed = name;
      }
    }
    const resolved = { ...a, sourceName: name };
    by[i] = resolved;
    out.push(resolved);
  }
  return out;
}
