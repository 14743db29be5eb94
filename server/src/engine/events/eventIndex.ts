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
import type { LanguageCode, Span } from '../types.js';
import { isoDate } from './dates.js';
import { LINK_THRESHOLD, scoreLink } from './link.js';
import { documentSignature, type DocumentSignature, type SentenceSignature } from './signature.js';
import { summariseEvent } from './summary.js';

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

interface SentenceLink {
  readonly score: number;
  readonly sameDay: boolean;
  readonly predicates: readonly string[];
}

/**
 * Two documents whose names overlap less than this (cosine of IDF-weighted entity keys)
 * are about different stories, however their sentences matched.
 */
const MIN_DOCUMENT_SIMILARITY = 0.2;

/** A sentence link naming the same day and at least this strong stands on its own, however different the documents. */
const STRONG_LINK = 5;

/** Two groups of documents join one event when at least this share of their document pairs are linked directly. */
const MERGE_DENSITY = 0.67;

interface SentenceRef {
  readonly uri: string;
  readonly index: number;
}

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

const STORY_EVIDENCE = 0.1;

/** Pseudo-documents added to the corpus size in inverse document frequencies. */
const BACKGROUND_DOCUMENTS = 50;

/**
 * Evidence beyond shared names that two articles tell one story: shared figures (+),
 * figures on both sides with none in common (−), each about a different main person (−).
 */
export function storyEvidence(a: DocumentSignature, b: DocumentSignature): number {
  let evidence = 0;
  const na = a.figures;
  const nb = b.figures;
  if (na.length > 0 && nb.length > 0) {
    const setB = new Set(nb);
    evidence += na.some((x) => setB.has(x)) ? STORY_EVIDENCE : -STORY_EVIDENCE;
  }
  if (a.mainPerson && b.mainPerson && !b.entityKeys.has(a.mainPerson) && !a.entityKeys.has(b.mainPerson)) {
    evidence -= STORY_EVIDENCE;
  }
  return evidence;
}

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
  private readonly sentences = new Map<number, SentenceRef>();
  private readonly postings = new Map<string, Set<number>>();
  /** Sentence id → linked sentence id → the link's score and the predicates it rests on. */
  private readonly links = new Map<number, Map<number, SentenceLink>>();
  private nextId = 0;
  private grouped: { events: CorpusEvent[]; bySentence: Map<number, CorpusEvent[]> } | undefined;
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
  setSignature(signature: DocumentSignature): void {
    this.delete(signature.uri);
    const ids: number[] = [];
    const keys: string[][] = [];
    signature.sentences.forEach((s, index) => {
      const id = this.nextId++;
      ids.push(id);
      this.sentences.set(id, { uri: signature.uri, index });
      keys.push(candidateKeys(s));
    });
    const entry: DocEntry = { signature, ids, keys };
    this.docs.set(signature.uri, entry);
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
    this.grouped = undefined;
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
    this.grouped = undefined;
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

  /** Number of sentence links (for statistics and tests). */
  get linkCount(): number {
    let n = 0;
    for (const m of this.links.values()) {
      n += m.size;
    }
    return n / 2;
  }

  /**
   * How much two documents look like one story: the cosine of their entity keys weighted
   * by inverse document frequency in the corpus, plus {@link storyEvidence}.
   */
  private documentSimilarity(): (a: string, b: string) => number {
    const df = new Map<string, number>();
    for (const { signature } of this.docs.values()) {
      for (const k of signature.entityKeys) {
        df.set(k, (df.get(k) ?? 0) + 1);
      }
    }
    const n = this.docs.size;
    const norms = new Map<string, number>();
    // A background of imagined documents keeps a small, single-topic corpus from calling every shared name common.
    const weight = (k: string): number => Math.log((n + BACKGROUND_DOCUMENTS) / (df.get(k) ?? 1));
    const norm = (uri: string): number => {
      let v = norms.get(uri);
      if (v === undefined) {
        v = 0;
        for (const k of this.docs.get(uri)!.signature.entityKeys) {
          v += weight(k) ** 2;
        }
        v = Math.sqrt(v);
        norms.set(uri, v);
      }
      return v;
    };
    const cache = new Map<string, number>();
    return (a, b) => {
      const key = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
      let v = cache.get(key);
      if (v === undefined) {
        const ka = this.docs.get(a)!.signature.entityKeys;
        const kb = this.docs.get(b)!.signature.entityKeys;
        let dot = 0;
        for (const k of ka) {
          if (kb.has(k)) {
            dot += weight(k) ** 2;
          }
        }
        const d = norm(a) * norm(b);
        v = (d === 0 ? 0 : dot / d) + storyEvidence(this.docs.get(a)!.signature, this.docs.get(b)!.signature);
        cache.set(key, v);
      }
      return v;
    };
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

  /**
   * Groups linked mentions into events, per predicate: documents are clustered by
   * average linkage (two clusters merge when most of their document pairs are linked),
   * strongest links first, so one stray link cannot chain two events into one.
   */
  private group(): { events: CorpusEvent[]; bySentence: Map<number, CorpusEvent[]> } {
    if (this.grouped) {
      return this.grouped;
    }
    // predicate → "uriA\u0000uriB" → best score; and the sentence links behind it.
    const similarity = this.documentSimilarity();
    const docLinks = new Map<string, Map<string, number>>();
    const sentenceLinks = new Map<string, [number, number][]>();
    const pairKey = (x: string, y: string): string => (x < y ? `${x}\u0000${y}` : `${y}\u0000${x}`);
    for (const [a, neighbours] of this.links) {
      const ua = this.sentences.get(a)!.uri;
      for (const [b, link] of neighbours) {
        if (b < a) {
          continue;
        }
        const ub = this.sentences.get(b)!.uri;
        // A background mention deep in both articles does not make them one story.
        const leads = (this.sentences.get(a)!.index < this.leadSentences ? 1 : 0) + (this.sentences.get(b)!.index < this.leadSentences ? 1 : 0);
        const standsAlone = link.sameDay && link.score >= this.strongLink;
        if (!standsAlone && (similarity(ua, ub) < this.minSimilarity || leads < this.leadsRequired)) {
          continue;
        }
        for (const p of link.predicates) {
          let m = docLinks.get(p);
          if (!m) {
            m = new Map();
            docLinks.set(p, m);
          }
          const k = pairKey(ua, ub);
          m.set(k, Math.max(m.get(k) ?? 0, link.score));
          const sk = `${p}\u0000${k}`;
          const list = sentenceLinks.get(sk);
          if (list) {
            list.push([a, b]);
          } else {
            sentenceLinks.set(sk, [[a, b]]);
          }
        }
      }
    }
    const drafts: { predicate: string; ids: number[] }[] = [];
    for (const [predicate, pairs] of docLinks) {
      const cluster = new Map<string, string[]>();
      const owner = new Map<string, string>();
      const edges = [...pairs.entries()].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
      for (const [k] of edges) {
        const [x, y] = k.split('\u0000') as [string, string];
        for (const u of [x, y]) {
          if (!owner.has(u)) {
            owner.set(u, u);
            cluster.set(u, [u]);
          }
        }
        const cx = owner.get(x)!;
        const cy = owner.get(y)!;
        if (cx === cy) {
          continue;
        }
        const mx = cluster.get(cx)!;
        const my = cluster.get(cy)!;
        let linked = 0;
        for (const u of mx) {
          for (const v of my) {
            if (pairs.has(pairKey(u, v))) {
              linked++;
            }
          }
        }
        if (linked < this.mergeDensity * mx.length * my.length) {
          continue;
        }
        const [keep, gone] = mx.length >= my.length ? [cx, cy] : [cy, cx];
        const moved = cluster.get(gone)!;
        cluster.get(keep)!.push(...moved);
        for (const u of moved) {
          owner.set(u, keep);
        }
        cluster.delete(gone);
      }
      for (const members of cluster.values()) {
        const ids = new Set<number>();
        for (let i = 0; i < members.length; i++) {
          for (let j = i + 1; j < members.length; j++) {
            for (const [a, b] of sentenceLinks.get(`${predicate}\u0000${pairKey(members[i]!, members[j]!)}`) ?? []) {
              ids.add(a);
              ids.add(b);
            }
          }
        }
        if (ids.size > 0) {
          drafts.push({ predicate, ids: [...ids] });
        }
      }
    }
    const sorted = drafts.map(({ predicate, ids }) => {
      const members = ids
        .map((id) => {
          const ref = this.sentences.get(id)!;
          const doc = this.docs.get(ref.uri)!.signature;
          return { id, doc, signature: doc.sentences[ref.index]! };
        })
        .sort((x, y) => (x.doc.uri < y.doc.uri ? -1 : x.doc.uri > y.doc.uri ? 1 : x.signature.sentence.start - y.signature.sentence.start));
      return { predicate, members };
    });
    sorted.sort((x, y) => {
      const a = x.members[0]!;
      const b = y.members[0]!;
      return a.doc.uri < b.doc.uri ? -1 : a.doc.uri > b.doc.uri ? 1 : a.signature.sentence.start - b.signature.sentence.start || (x.predicate < y.predicate ? -1 : 1);
    });
    const events: CorpusEvent[] = [];
    const bySentence = new Map<number, CorpusEvent[]>();
    sorted.forEach(({ predicate, members }, n) => {
      const event: CorpusEvent = {
        id: `e${n + 1}`,
        summary: summariseEvent(members.map((m) => m.signature), predicate),
        mentions: members.map(({ doc, signature }) => ({
          uri: doc.uri,
          span: { start: signature.sentence.start, end: signature.sentence.end },
          line: signature.sentence.line,
          text: signature.sentence.text,
          language: doc.language,
          outlet: doc.outlet,
        })),
      };
      events.push(event);
      for (const m of members) {
        const list = bySentence.get(m.id);
        if (list) {
          list.push(event);
        } else {
          bySentence.set(m.id, [event]);
        }
      }
    });
    this.grouped = { events, bySentence };
    return this.grouped;
  }
}
