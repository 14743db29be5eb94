/**
 * The incremental cross-document event index. Documents are added, replaced and removed
 * one at a time; candidates for a link come from an inverted index on signature keys
 * (predicate × entity, predicate × date), never from all pairs of sentences, and a
 * replaced document touches only its own postings and the links that touch it.
 * Grouping links into events is redone lazily on the next query, in time linear in
 * the number of links (plus the density checks of the clusters being merged).
 */
import type { SeedDocument } from '../document.js';
import type { Sentence } from '../sentences.js';
import { isoDate } from './dates.js';
import { groupEvents, type EventGrouping } from './eventGroups.js';
import type { CorpusEvent, EventAtPosition, SentenceLink, SentenceRef } from './eventTypes.js';
import { LINK_THRESHOLD, scoreLink } from './link.js';
import { documentSignature, type DocumentSignature, type SentenceSignature } from './signature.js';
import { countKeys } from './storySimilarity.js';
export type { CorpusEvent, EventAtPosition, EventMention } from './eventTypes.js';
export { storyEvidence } from './storySimilarity.js';


/** Options of {@link EventIndex}. */
export interface EventIndexOptions {
  /** Most candidate sentences scored per sentence, taken from its rarest keys first (default 500). */
  readonly maxPostings?: number;
  /** Minimum link score (default {@link LINK_THRESHOLD}). */
  readonly threshold?: number;
  /** Minimum similarity of two documents' names for their links to count (default 0.2). */
  readonly minDocumentSimilarity?: number;
  /** A same-day sentence link this strong counts whatever the documents' similarity and wherever it stands (default 5). */
  readonly strongLink?: number;
  /** How many of the first body sentences count as an article's lead (default 5). */
  readonly leadSentences?: number;
  /** How many of a link's two sentences must be in their article's lead (0, 1 or 2; default 1). */
  readonly leadsRequired?: number;
  /** Share of document pairs that must be linked for two groups to join one event (default 0.67). */
  readonly mergeDensity?: number;
}

interface DocEntry {
  readonly signature: DocumentSignature;
  readonly ids: readonly number[];
  readonly keys: readonly (readonly string[])[];
}


/**
 * Two documents whose names overlap less than this (cosine of IDF-weighted entity keys)
 * are about different stories, however their sentences matched.
 */
const MIN_DOCUMENT_SIMILARITY = 0.2;

/** A sentence link naming the same day and at least this strong stands on its own, however different the documents. */
const STRONG_LINK = 5;

/** During a bulk load, a grouping at least this recent (ms) answers queries. */
const BULK_REGROUP_MS = 1000;

/** Two groups of documents join one event when at least this share of their document pairs are linked directly. */
const MERGE_DENSITY = 0.67;


/** Candidate keys of a sentence: each predicate with each entity key and each day. */
function candidateKeys(s: SentenceSignature): string[] {
  const keys: string[] = [];
  for (const p of s.predicates) {
    for (const k of s.entityKeys) {
      keys.push(`${p.id}|${k}`);
    }
    for (const d of s.dates) {
      if (d.date.day !== undefined && d.date.month !== undefined) {
        keys.push(`${p.id}|@${isoDate({ month: d.date.month, day: d.date.day })}`);
      }
    }
  }
  return keys;
}


/** What is kept of a sentence that has no candidate key: it can never be linked, only found by position. */
const NO_KEYS: ReadonlySet<string> = new Set();

/**
 * The signature as the index keeps it: sentences without candidate keys (no predicate with
 * an entity or a day) are never scored, linked or summarised, so only their position is
 * kept; the document-level facts were computed from every sentence before.
 */
function withoutUnlinkable(signature: DocumentSignature, keys: readonly (readonly string[])[]): DocumentSignature {
  return {
    ...signature,
    sentences: signature.sentences.map((s, i) => {
      if (keys[i]!.length > 0) {
        return s;
      }
      // Only its place is ever read (hovers, lead position): most body sentences are kept as a span.
      const { start, end, line } = s.sentence;
      return { sentence: { start, end, line, text: '' }, predicates: NONE, entities: NONE, dates: NONE, numbers: NONE, entityKeys: NO_KEYS };
    }),
  };
}

/** The id of every sentence that can never be linked. */
const UNLINKABLE = -1;

/** The one empty list every unlinkable sentence shares. */
const NONE: readonly never[] = Object.freeze([]);

/**
 * The corpus-wide index of events. Not thread-safe; one instance per corpus.
 *
 * @example
 * const index = new EventIndex();
 * index.set(doc, bodySentences);          // add or replace
 * index.delete(uri);
 * index.events();                          // every event with mentions in ≥ 2 documents
 * index.mentionsAt(uri, offset);           // for a hover
 */
export class EventIndex {
  private readonly docs = new Map<string, DocEntry>();
  /** Each document's signature, kept alongside {@link docs} for the grouping. */
  private readonly signatureMap = new Map<string, DocumentSignature>();
  /** In how many documents each entity key occurs, kept current as documents come and go. */
  private readonly documentFrequency = new Map<string, number>();
  private readonly sentences = new Map<number, SentenceRef>();
  private readonly postings = new Map<string, Set<number>>();
  /** Sentence id → linked sentence id → the link's score and the predicates it rests on. */
  private readonly links = new Map<number, Map<number, SentenceLink>>();
  private nextId = 0;
  private scored = 0;
  private grouped: EventGrouping | undefined;
  /** The index changed since {@link grouped} was computed. */
  private dirty = true;
  /** While a bulk load runs (see {@link beginBulk}), when the last grouping was made and how long it took (ms). */
  private groupedAt = 0;
  private groupingMs = 0;
  private bulk = false;
  private readonly maxPostings: number;
  private readonly threshold: number;
  private readonly minSimilarity: number;
  private readonly mergeDensity: number;
  private readonly strongLink: number;
  private readonly leadSentences: number;
  private readonly leadsRequired: number;

  constructor(options: EventIndexOptions = {}) {
    this.maxPostings = options.maxPostings ?? 500;
    this.threshold = options.threshold ?? LINK_THRESHOLD;
    this.minSimilarity = options.minDocumentSimilarity ?? MIN_DOCUMENT_SIMILARITY;
    this.mergeDensity = options.mergeDensity ?? MERGE_DENSITY;
    this.strongLink = options.strongLink ?? STRONG_LINK;
    this.leadSentences = options.leadSentences ?? 5;
    this.leadsRequired = options.leadsRequired ?? 1;
  }

  /** Number of documents indexed. */
  get size(): number {
    return this.docs.size;
  }

  /** URIs of the indexed documents. */
  uris(): string[] {
    return [...this.docs.keys()];
  }

  /** The signature computed for a document, if indexed. */
  signature(uri: string): DocumentSignature | undefined {
    return this.docs.get(uri)?.signature;
  }

  /**
   * Adds a document or replaces its previous version. `bodySentences` are the sentences
   * of the article body (the caller leaves out boilerplate and reader comments);
   * only they can be mentions.
   */
  set(doc: SeedDocument, bodySentences: readonly Sentence[]): void {
    this.setSignature(documentSignature(doc, bodySentences));
  }

  /** Adds or replaces a document from a signature computed elsewhere (a worker, a cache). */
  setSignature(computed: DocumentSignature): void {
    this.delete(computed.uri);
    const ids: number[] = [];
    const keys: (readonly string[])[] = [];
    computed.sentences.forEach((s, index) => {
      const own = candidateKeys(s);
      // A sentence without a key can never be linked: it gets no id, only its place.
      const id = own.length > 0 ? this.nextId++ : UNLINKABLE;
      ids.push(id);
      keys.push(own.length > 0 ? own : NONE);
      if (id !== UNLINKABLE) {
        this.sentences.set(id, { uri: computed.uri, index });
      }
    });
    const signature = withoutUnlinkable(computed, keys);
    const entry: DocEntry = { signature, ids, keys };
    this.docs.set(signature.uri, entry);
    this.signatureMap.set(signature.uri, signature);
    countKeys(this.documentFrequency, signature, 1);
    signature.sentences.forEach((s, i) => {
      // Rarest keys first, and a bounded number of candidates per sentence: the cost of
      // adding a document stays constant however large the corpus grows.
      const candidates = new Set<number>();
      const lists = keys[i]!
        .map((key) => this.postings.get(key))
        .filter((list): list is Set<number> => list !== undefined)
        .sort((x, y) => x.size - y.size);
      for (const list of lists) {
        for (const c of list) {
          if (candidates.size >= this.maxPostings) {
            break;
          }
          candidates.add(c);
        }
      }
      for (const c of candidates) {
        const ref = this.sentences.get(c)!;
        if (ref.uri === signature.uri) {
          continue;
        }
        const other = this.docs.get(ref.uri)!;
        const verdict = scoreLink(s, other.signature.sentences[ref.index]!, signature, other.signature);
        this.scored++;
        if (verdict.score >= this.threshold) {
          this.link(ids[i]!, c, { score: verdict.score, sameDay: verdict.sameDay === true, predicates: verdict.sharedPredicates });
        }
      }
    });
    keys.forEach((list, i) => {
      for (const key of new Set(list)) {
        let set = this.postings.get(key);
        if (!set) {
          set = new Set();
          this.postings.set(key, set);
        }
        set.add(ids[i]!);
      }
    });
    this.dirty = true;
  }

  /** Removes a document, its postings and every link that touches it. */
  delete(uri: string): void {
    const entry = this.docs.get(uri);
    if (!entry) {
      return;
    }
    entry.ids.forEach((id, i) => {
      for (const key of entry.keys[i]!) {
        const set = this.postings.get(key);
        set?.delete(id);
        if (set && set.size === 0) {
          this.postings.delete(key);
        }
      }
      for (const other of this.links.get(id)?.keys() ?? []) {
        this.links.get(other)?.delete(id);
      }
      this.links.delete(id);
      this.sentences.delete(id);
    });
    this.docs.delete(uri);
    this.signatureMap.delete(uri);
    countKeys(this.documentFrequency, entry.signature, -1);
    this.dirty = true;
  }

  /**
   * Starts loading many documents (a whole corpus, in the background): until
   * {@link endBulk}, queries may answer from a grouping made a little earlier instead of
   * regrouping the corpus after every document. A fresh grouping is made at most about
   * every ten times as long as the last one took (at least a second), so queries during
   * a bulk load cost a bounded share of it; documents added since show no events yet.
   */
  beginBulk(): void {
    this.bulk = true;
  }

  /** Ends a bulk load: the next query groups the whole index afresh. */
  endBulk(): void {
    this.bulk = false;
  }

  /** Every event with mentions in two or more documents, in order of first mention. */
  events(): readonly CorpusEvent[] {
    return this.group().events;
  }

  /**
   * The events reported by the body sentence at `offset` of `uri` (a sentence may report
   * more than one), each with the other documents' mentions; empty when none.
   */
  mentionsAt(uri: string, offset: number): EventAtPosition[] {
    const entry = this.docs.get(uri);
    if (!entry) {
      return [];
    }
    const i = entry.signature.sentences.findIndex((s) => s.sentence.start <= offset && offset < Math.max(s.sentence.end, s.sentence.start + 1));
    if (i < 0) {
      return [];
    }
    const start = entry.signature.sentences[i]!.sentence.start;
    return (this.group().bySentence.get(entry.ids[i]!) ?? []).map((event) => ({
      event,
      mention: event.mentions.find((m) => m.uri === uri && m.span.start === start)!,
      others: event.mentions.filter((m) => m.uri !== uri),
    }));
  }

  /** Links between documents: for each linked pair of URIs, the best link score and how many sentence pairs link. */
  documentLinks(): { a: string; b: string; best: number; count: number }[] {
    const pairs = new Map<string, { a: string; b: string; best: number; count: number }>();
    for (const [x, neighbours] of this.links) {
      const ux = this.sentences.get(x)!.uri;
      for (const [y, link] of neighbours) {
        const uy = this.sentences.get(y)!.uri;
        if (ux >= uy) {
          continue;
        }
        const k = `${ux}\u0000${uy}`;
        const slot = pairs.get(k) ?? { a: ux, b: uy, best: 0, count: 0 };
        slot.best = Math.max(slot.best, link.score);
        slot.count++;
        pairs.set(k, slot);
      }
    }
    return [...pairs.values()];
  }

  /** How many sentence pairs have been scored since the index was created (candidates only, never all pairs). */
  get scoredPairs(): number {
    return this.scored;
  }

  /** Number of sentence links (for statistics and tests). */
  get linkCount(): number {
    let n = 0;
    for (const m of this.links.values()) {
      n += m.size;
    }
    return n / 2;
  }


  private link(a: number, b: number, link: SentenceLink): void {
    for (const [x, y] of [[a, b], [b, a]] as const) {
      let m = this.links.get(x);
      if (!m) {
        m = new Map();
        this.links.set(x, m);
      }
      m.set(y, link);
    }
  }

  private group(): EventGrouping {
    if (this.grouped !== undefined && (!this.dirty || (this.bulk && Date.now() - this.groupedAt < Math.max(BULK_REGROUP_MS, 10 * this.groupingMs)))) {
      return this.grouped;
    }
    const started = Date.now();
    this.grouped = groupEvents({
      links: this.links,
      sentences: this.sentences,
      signatures: this.signatureMap,
      documentFrequency: this.documentFrequency,
      minSimilarity: this.minSimilarity,
      mergeDensity: this.mergeDensity,
      strongLink: this.strongLink,
      leadSentences: this.leadSentences,
      leadsRequired: this.leadsRequired,
    });
    this.dirty = false;
    this.groupedAt = Date.now();
    this.groupingMs = this.groupedAt - started;
    return this.grouped;
  }

}
