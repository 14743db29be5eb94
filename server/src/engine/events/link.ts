/**
 * The link score between two sentences of different documents: do they report one event?
 * Depends only on the two sentences and their documents, so adding a third document
 * never changes it (the index stays exact under incremental updates).
 */
import { dayNumber, datesCompatible, weekdayOf } from './dates.js';
import type { EntityMention } from './entities.js';
import type { DocumentSignature, SentenceSignature } from './signature.js';

/** Scores at or above this link two sentences. */
export const LINK_THRESHOLD = 3;

/** Publication dates further apart than this (days) mean different events, unless the sentences' own dates agree. */
const MAX_PUBLICATION_GAP = 30;

/** Weight of a name both articles are about, when only one of the two sentences names it. */
const CONTEXT_WEIGHT = 0.8;

function entityWeight(e: EntityMention): number {
  switch (e.kind) {
    case 'person':
      return 1.5;
    case 'organisation':
    case 'other':
      return 1.2;
    case 'place':
      // A country is named in half the news about it; a city or region says more.
      return e.actsFor || e.key.includes(' ') ? 1 : 0.7;
  }
}

function dayDates(s: SentenceSignature) {
  return s.dates.filter((d) => d.date.day !== undefined).map((d) => d.date);
}

/** Years a sentence speaks of: its own dates', else its document's publication year. */
function yearsOf(s: SentenceSignature, doc: DocumentSignature): Set<number> {
  const years = new Set<number>();
  for (const d of s.dates) {
    if (d.date.year !== undefined) {
      years.add(d.date.year);
    }
  }
  if (years.size === 0 && doc.published?.year !== undefined) {
    years.add(doc.published.year);
  }
  return years;
}

/** Weekdays a sentence names, or that its full dates fall on. */
function weekdays(s: SentenceSignature): Set<number> {
  const out = new Set<number>();
  for (const d of s.dates) {
    const w = d.weekday ?? weekdayOf(d.date);
    if (w !== undefined) {
      out.add(w);
    }
  }
  return out;
}

/** The first person named after the predicate: who the event happened to. */
function objectOf(s: SentenceSignature, predicate: string): EntityMention | undefined {
  const at = s.predicates.find((p) => p.id === predicate)?.start ?? 0;
  return s.entities.find((e) => e.start >= at && e.kind === 'person');
}

function actsForSame(a: EntityMention, b: EntityMention): boolean {
  return a.key === b.key || a.actsFor === b.key || b.actsFor === a.key || (a.actsFor !== undefined && a.actsFor === b.actsFor);
}

function persons(s: SentenceSignature): EntityMention[] {
  return s.entities.filter((e) => e.kind === 'person');
}

function namedIn(e: EntityMention, keys: ReadonlySet<string>): boolean {
  return keys.has(e.key) || e.aliases.some((k) => keys.has(k));
}

/** Why two sentences were (not) linked, for hovers and tuning. */
export interface LinkVerdict {
  readonly score: number;
  readonly sharedPredicates: readonly string[];
  readonly sharedEntities: readonly string[];
  /** Both sentences name the same day. */
  readonly sameDay?: boolean;
  /** Set when a conflict rules the link out. */
  readonly conflict?: 'no-predicate' | 'date' | 'publication-date' | 'actor' | 'object' | 'person';
}

/** Scores a pair of sentences from two documents. */
export function scoreLink(a: SentenceSignature, b: SentenceSignature, docA: DocumentSignature, docB: DocumentSignature): LinkVerdict {
  const predsB = new Map(b.predicates.map((p) => [p.id, p.weight]));
  const shared = a.predicates.filter((p) => predsB.has(p.id));
  if (shared.length === 0) {
    return { score: 0, sharedPredicates: [], sharedEntities: [], conflict: 'no-predicate' };
  }
  const sharedPredicates = shared.map((p) => p.id);
  const predicateScore = 2 * Math.max(...shared.map((p) => Math.min(p.weight, predsB.get(p.id) ?? 0)));

  let dateScore = 0;
  const da = dayDates(a);
  const db = dayDates(b);
  if (da.length > 0 && db.length > 0) {
    if (!da.some((x) => db.some((y) => datesCompatible(x, y)))) {
      return { score: 0, sharedPredicates, sharedEntities: [], conflict: 'date' };
    }
    dateScore = 1.5;
  }
  const wa = weekdays(a);
  const wb = weekdays(b);
  if (dateScore === 0 && wa.size > 0 && wb.size > 0 && ![...wa].some((w) => wb.has(w))) {
    return { score: 0, sharedPredicates, sharedEntities: [], conflict: 'date' };
  }
  const pa = docA.published ? dayNumber(docA.published) : undefined;
  const pb = docB.published ? dayNumber(docB.published) : undefined;
  if (pa !== undefined && pb !== undefined && Math.abs(pa - pb) > MAX_PUBLICATION_GAP && dateScore === 0) {
    return { score: 0, sharedPredicates, sharedEntities: [], conflict: 'publication-date' };
  }

  const ya = yearsOf(a, docA);
  const yb = yearsOf(b, docB);
  if (ya.size > 0 && yb.size > 0 && ![...ya].some((y) => yb.has(y))) {
    return { score: 0, sharedPredicates, sharedEntities: [], conflict: 'date' };
  }
  // Without a publication date, an article is dated by the latest year it names.
  const ea = ya.size > 0 ? [...ya] : docA.latestYear !== undefined ? [docA.latestYear] : [];
  const eb = yb.size > 0 ? [...yb] : docB.latestYear !== undefined ? [docB.latestYear] : [];
  if (ea.length > 0 && eb.length > 0 && Math.min(...ea.flatMap((x) => eb.map((y) => Math.abs(x - y)))) >= 2) {
    return { score: 0, sharedPredicates, sharedEntities: [], conflict: 'publication-date' };
  }

  if (a.actor && b.actor && !actsForSame(a.actor, b.actor) && !namedIn(a.actor, b.entityKeys) && !namedIn(b.actor, a.entityKeys)) {
    return { score: 0, sharedPredicates, sharedEntities: [], conflict: 'actor' };
  }
  const objectA = objectOf(a, sharedPredicates[0]!);
  const objectB = objectOf(b, sharedPredicates[0]!);
  if (objectA && objectB && !namedIn(objectA, b.entityKeys) && !namedIn(objectB, a.entityKeys)) {
    return { score: 0, sharedPredicates, sharedEntities: [], conflict: 'object' };
  }
  const personsA = persons(a);
  const personsB = persons(b);
  if (
    personsA.length > 0 && personsB.length > 0 &&
    !personsA.some((p) => namedIn(p, b.entityKeys)) &&
    !personsB.some((p) => namedIn(p, a.entityKeys))
  ) {
    return { score: 0, sharedPredicates, sharedEntities: [], conflict: 'person' };
  }

  let entityScore = 0;
  const sharedEntities: string[] = [];
  for (const e of a.entities) {
    if (namedIn(e, b.entityKeys) && !sharedEntities.includes(e.key)) {
      sharedEntities.push(e.key);
      entityScore += entityWeight(e);
    }
  }
  // Names the two articles are about, though this sentence leaves them implicit ("the actress").
  for (const key of docA.salient) {
    if (docB.salient.includes(key) && !sharedEntities.includes(key) && !a.entityKeys.has(key) !== !b.entityKeys.has(key)) {
      sharedEntities.push(key);
      entityScore += CONTEXT_WEIGHT;
    }
  }
  const numbersB = new Set(b.numbers.map((n) => n.value));
  const sharedNumbers = new Set(a.numbers.filter((n) => numbersB.has(n.value) && n.value > 1).map((n) => n.value));
  const numberScore = Math.min(2, sharedNumbers.size * 0.8);
  if (entityScore === 0 && (dateScore === 0 || numberScore === 0)) {
    return { score: 0, sharedPredicates, sharedEntities };
  }
  return { score: predicateScore + entityScore + dateScore + numberScore, sharedPredicates, sharedEntities, ...(dateScore > 0 ? { sameDay: true } : {}) };
}
