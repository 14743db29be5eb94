/**
 * Event signatures: per body sentence, the predicates (what happened), entity keys
 * (who, where), dates (when) and numbers, all language-independent, so that one event
 * reported in English and in Russian gets overlapping signatures.
 */
import type { SeedDocument } from '../document.js';
import type { Sentence } from '../sentences.js';
import type { LanguageCode } from '../types.js';
import { findDates, publicationDate, type CalendarDate, type DateMention } from './dates.js';
import { findEntities, sentenceNames, type EntityMention, type EntityVocabulary, type SentenceNames } from './entities.js';
import { findNumbers, type NumberMention } from './numbers.js';
import { findPredicates, type PredicateMention } from './predicates.js';
import { tokenize, type Token } from './tokens.js';
import { wordKey } from './translit.js';

/** The signature of one body sentence. Mention offsets are into the sentence text. */
export interface SentenceSignature {
  readonly sentence: Sentence;
  readonly predicates: readonly PredicateMention[];
  readonly entities: readonly EntityMention[];
  readonly dates: readonly DateMention[];
  readonly numbers: readonly NumberMention[];
  /** Every key the sentence's entities answer to (keys and aliases). */
  readonly entityKeys: ReadonlySet<string>;
  /** The entity named last before the first predicate: usually who acted. */
  readonly actor?: EntityMention;
}

/** The signatures of one document's body, with what the document says of itself. */
export interface DocumentSignature {
  readonly uri: string;
  readonly language: LanguageCode;
  readonly outlet: string | null;
  /** Publication date from a front-matter block or a dateline, when the text gives one. */
  readonly published?: CalendarDate;
  readonly sentences: readonly SentenceSignature[];
  /** Every entity key named anywhere in the body. */
  readonly entityKeys: ReadonlySet<string>;
  /** The latest year of a dated day or month in the body (a lower bound of the publication year), if any. */
  readonly latestYear?: number;
  /** Distinct figures (numbers above 2, not years) the body gives. */
  readonly figures: readonly number[];
  /** The person the body names most often (key), if any. */
  readonly mainPerson?: string;
  /** The few names the article is about: named in its first sentence or in several sentences. */
  readonly salient: readonly string[];
}

function keysOf(entities: readonly EntityMention[]): Set<string> {
  const keys = new Set<string>();
  for (const e of entities) {
    keys.add(e.key);
    for (const a of e.aliases) {
      keys.add(a);
    }
  }
  return keys;
}

/** Builds the signature of one sentence, given the document's date and entity vocabulary. */
export function sentenceSignature(
  sentence: Sentence,
  published?: CalendarDate,
  vocabulary?: EntityVocabulary,
  tokens: readonly Token[] = tokenize(sentence.text),
  names: SentenceNames = sentenceNames(sentence.text, tokens),
): SentenceSignature {
  const text = sentence.text;
  const predicates = findPredicates(text, tokens);
  const dates = findDates(text, published);
  const entities = findEntities(text, vocabulary, tokens, names);
  const numbers = findNumbers(text, [...dates, ...entities]);
  const first = predicates[0];
  let actor: EntityMention | undefined;
  if (first) {
    for (const e of entities) {
      if (e.end <= first.start) {
        actor = e;
      }
    }
  }
  const signature: { -readonly [K in keyof SentenceSignature]: SentenceSignature[K] } = { sentence, predicates, entities, dates, numbers, entityKeys: keysOf(entities) };
  if (actor) {
    signature.actor = actor;
  }
  return signature;
}

const GROUP_WORD = /(?<![\p{L}])the\s+(\p{Lu}[\p{L}\d]*s)(?![\p{L}'’])/gu;

/** Capitalised plurals written after "the" ("the Saints", "the Chargers"): names of teams and groups, not people. */
function groupWords(sentences: readonly Sentence[]): Set<string> {
  const out = new Set<string>();
  for (const s of sentences) {
    for (const m of s.text.matchAll(GROUP_WORD)) {
      out.add(wordKey(m[1]!));
    }
  }
  return out;
}

function lastWordKey(surface: string): string {
  const words = surface.split(/\s+/u);
  return wordKey(words[words.length - 1]!);
}

/**
 * Resolves names against the rest of the document: a lone surname given in full
 * elsewhere ("Jackman" after "Hugh Jackman") is that person; a name ending in a group
 * word ("New Orleans Saints") is an organisation, not a person.
 */
function resolveNames(s: SentenceSignature, surnames: ReadonlyMap<string, string>, groups: ReadonlySet<string>): SentenceSignature {
  const isGroup = (e: EntityMention): boolean => e.kind === 'person' && groups.has(lastWordKey(e.surface));
  if (!s.entities.some((e) => (e.kind !== 'person' && surnames.has(e.key)) || isGroup(e))) {
    return s;
  }
  const entities = s.entities.map((e): EntityMention => {
    if (isGroup(e)) {
      return { ...e, kind: 'organisation', aliases: [lastWordKey(e.surface)] };
    }
    return e.kind !== 'person' && surnames.has(e.key) && !groups.has(e.key) ? { ...e, kind: 'person', aliases: [...e.aliases, surnames.get(e.key)!] } : e;
  });
  const actor = s.actor ? entities.find((e) => e.start === s.actor!.start) : undefined;
  return { ...s, entities, entityKeys: keysOf(entities), ...(actor ? { actor } : {}) };
}

/** The person named most often, by full name when the document gives one. */
function mostNamedPerson(sentences: readonly SentenceSignature[]): string | undefined {
  const counts = new Map<string, number>();
  for (const s of sentences) {
    for (const e of s.entities) {
      if (e.kind === 'person') {
        const full = e.key.includes(' ') ? e.key : (e.aliases.find((k) => k.includes(' ')) ?? e.key);
        counts.set(full, (counts.get(full) ?? 0) + 1);
      }
    }
  }
  let best: string | undefined;
  let n = 0;
  for (const [k, c] of counts) {
    if (c > n || (c === n && best !== undefined && k < best)) {
      best = k;
      n = c;
    }
  }
  return best;
}

const SALIENT_COUNT = 3;

/** Entity keys named in the headline or most often, persons and organisations before places. */
function salientKeys(sentences: readonly SentenceSignature[]): string[] {
  const score = new Map<string, number>();
  sentences.forEach((s, i) => {
    for (const e of s.entities) {
      if (e.kind === 'place' && !e.key.includes(' ')) {
        continue;
      }
      const k = e.aliases.length > 0 && e.kind === 'person' ? e.aliases[0]! : e.key;
      score.set(k, (score.get(k) ?? 0) + (i === 0 ? 2 : 1));
    }
  });
  return [...score.entries()]
    .filter(([, n]) => n >= 2)
    .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
    .slice(0, SALIENT_COUNT)
    .map(([k]) => k);
}

/**
 * Builds the signatures of a document's body sentences. Two passes: the first collects
 * the names the body uses, so the second can read headlines and sentence-initial words.
 */
export function documentSignature(doc: SeedDocument, bodySentences: readonly Sentence[]): DocumentSignature {
  const published = publicationDate(doc.text);
  const vocabulary = new Set<string>();
  const surnames = new Map<string, string>();
  // Each sentence is tokenised, and its gazetteer names and capitalised runs found, once for both passes.
  const tokens = bodySentences.map((s) => tokenize(s.text));
  const names = bodySentences.map((s, i) => sentenceNames(s.text, tokens[i]));
  bodySentences.forEach((s, i) => {
    for (const e of findEntities(s.text, undefined, tokens[i], names[i])) {
      if (e.kind === 'person' && e.aliases.length > 0) {
        surnames.set(e.aliases[0]!, e.key);
      }
      vocabulary.add(e.key);
      for (const a of e.aliases) {
        vocabulary.add(a);
      }
      if (e.key.includes(' ')) {
        for (const w of e.surface.split(/\s+/u)) {
          vocabulary.add(wordKey(w));
        }
      }
    }
  });
  const groups = groupWords(bodySentences);
  const sentences = bodySentences.map((s, i) => resolveNames(sentenceSignature(s, published, vocabulary, tokens[i], names[i]), surnames, groups));
  const entityKeys = new Set<string>();
  for (const s of sentences) {
    for (const k of s.entityKeys) {
      entityKeys.add(k);
    }
  }
  // Bare years ("in 2001") are mostly background; a dated day or month places the article.
  const years = sentences.flatMap((s) => s.dates.filter((d) => d.date.month !== undefined).map((d) => d.date.year ?? 0)).filter((y) => y > 0);
  const latestYear = years.length > 0 ? Math.max(...years) : undefined;
  const figures = [...new Set(sentences.flatMap((s) => s.numbers.map((n) => n.value)).filter((v) => v > 2))];
  const mainPerson = mostNamedPerson(sentences);
  return {
    figures,
    ...(mainPerson === undefined ? {} : { mainPerson }),
    ...(latestYear === undefined ? {} : { latestYear }),
    salient: salientKeys(sentences),
    uri: doc.uri,
    language: doc.language,
    outlet: doc.outlet,
    ...(published ? { published } : {}),
    sentences,
    entityKeys,
  };
}
