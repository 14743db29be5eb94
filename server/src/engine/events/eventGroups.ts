/**
 * Groups sentence links into events: per predicate, documents are clustered by average
 * linkage, after links between documents that do not look like one story are set aside.
 */
import type { DocumentSignature } from './signature.js';
import type { CorpusEvent, SentenceLink, SentenceRef } from './eventTypes.js';
import { storySimilarity } from './storySimilarity.js';
import { summariseEvent } from './summary.js';

/** Events, and for each sentence id the events it is a mention of. */
export interface EventGrouping {
  readonly events: CorpusEvent[];
  readonly bySentence: Map<number, CorpusEvent[]>;
}

/** What the grouping reads from the index. */
export interface GroupingInput {
  readonly links: ReadonlyMap<number, ReadonlyMap<number, SentenceLink>>;
  readonly sentences: ReadonlyMap<number, SentenceRef>;
  readonly signatures: ReadonlyMap<string, DocumentSignature>;
  /** In how many documents each entity key occurs, when the caller keeps count (else counted here). */
  readonly documentFrequency?: ReadonlyMap<string, number>;
  /** See {@link EventIndexOptions} in eventIndex.ts for these. */
  readonly minSimilarity: number;
  readonly mergeDensity: number;
  readonly strongLink: number;
  readonly leadSentences: number;
  readonly leadsRequired: number;
}

/**
 * Groups linked mentions into events, per predicate: documents are clustered by
 * average linkage (two clusters merge when most of their document pairs are linked),
 * strongest links first, so one stray link cannot chain two events into one.
 */
export function groupEvents(input: GroupingInput): EventGrouping {
  // predicate → "uriA\u0000uriB" → best score; and the sentence links behind it.
  const similarity = storySimilarity(input.signatures, input.documentFrequency);
  const docLinks = new Map<string, Map<string, number>>();
  const sentenceLinks = new Map<string, [number, number][]>();
  const pairKey = (x: string, y: string): string => (x < y ? `${x}\u0000${y}` : `${y}\u0000${x}`);
  for (const [a, neighbours] of input.links) {
    const ua = input.sentences.get(a)!.uri;
    for (const [b, link] of neighbours) {
      if (b < a) {
        continue;
      }
      const ub = input.sentences.get(b)!.uri;
      // A background mention deep in both articles does not make them one story.
      const leads = (input.sentences.get(a)!.index < input.leadSentences ? 1 : 0) + (input.sentences.get(b)!.index < input.leadSentences ? 1 : 0);
      const standsAlone = link.sameDay && link.score >= input.strongLink;
      if (!standsAlone && (similarity(ua, ub) < input.minSimilarity || leads < input.leadsRequired)) {
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
      if (linked < input.mergeDensity * mx.length * my.length) {
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
        const ref = input.sentences.get(id)!;
        const doc = input.signatures.get(ref.uri)!;
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
  return { events, bySentence };
}
