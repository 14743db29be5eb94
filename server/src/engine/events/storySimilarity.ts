/**
 * Whether two documents tell one story, beyond a matching sentence: shared names
 * weighted by rarity in the corpus, shared figures, and each one's main person.
 */
import type { DocumentSignature } from './signature.js';

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
 * How much two documents look like one story: the cosine of their entity keys weighted
 * by inverse document frequency in the corpus, plus {@link storyEvidence}.
 */
export function storySimilarity(
  signatures: ReadonlyMap<string, DocumentSignature>,
  df: ReadonlyMap<string, number> = documentFrequencies(signatures.values()),
): (a: string, b: string) => number {
  const n = signatures.size;
  const norms = new Map<string, number>();
  // A background of imagined documents keeps a small, single-topic corpus from calling every shared name common.
  const weight = (k: string): number => Math.log((n + BACKGROUND_DOCUMENTS) / (df.get(k) ?? 1));
  const norm = (uri: string): number => {
    let v = norms.get(uri);
    if (v === undefined) {
      v = 0;
      for (const k of signatures.get(uri)!.entityKeys) {
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
      const ka = signatures.get(a)!.entityKeys;
      const kb = signatures.get(b)!.entityKeys;
      let dot = 0;
      for (const k of ka) {
        if (kb.has(k)) {
          dot += weight(k) ** 2;
        }
      }
      const d = norm(a) * norm(b);
      v = (d === 0 ? 0 : dot / d) + storyEvidence(signatures.get(a)!, signatures.get(b)!);
      cache.set(key, v);
    }
    return v;
  };
}

/** In how many of the documents each entity key occurs (what {@link storySimilarity} weighs keys by). */
export function documentFrequencies(signatures: Iterable<DocumentSignature>): Map<string, number> {
  const df = new Map<string, number>();
  for (const signature of signatures) {
    countKeys(df, signature, 1);
  }
  return df;
}

/** Adds (`step` 1) or removes (`step` -1) one document's entity keys to document frequencies. */
export function countKeys(df: Map<string, number>, signature: DocumentSignature, step: 1 | -1): void {
  for (const k of signature.entityKeys) {
    const n = (df.get(k) ?? 0) + step;
    if (n > 0) {
      df.set(k, n);
    } else {
      df.delete(k);
    }
  }
}
