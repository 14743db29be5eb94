import type { LineSignals } from './signals.js';
import { nextNonBlank, previousNonBlank } from './lines.js';

/** Weights of line evidence: a section must be dense in metadata, sparse in plain prose. */
export const WEIGHT = {
  header: 4,
  meta: 3,
  marker: 2,
  opener: 0.3,
  informal: -0.3,
  name: -0.1,
  nameHead: 1.2,
  weakMeta: 1,
  byline: -2,
  prose: -0.4,
} as const;


/**
 * A name on its own line, right after a finished sentence and right before an
 * informal line: how a commenter's name looks when the scraper lost the timestamp.
 */
function isNameHead(
  signals: readonly LineSignals[],
  texts: readonly string[],
  counts: ReadonlyMap<string, number>,
  i: number,
): boolean {
  const s = signals[i]!;
  if (s.kind !== 'text' || !s.personName) {
    return false;
  }
  const name = texts[i]!.trim();
  if (!isDistinctName(s, name) && (counts.get(name) ?? 0) < 2) {
    return false;
  }
  const p = previousNonBlank(signals, i, 0);
  const n = nextNonBlank(signals, i, signals.length - 1);
  if (p < 0 || n >= signals.length) {
    return false;
  }
  const next = signals[n]!;
  const before = signals[p]!;
  const finished = before.kind !== 'text' || /[.!?)…"”»:]\s*$/u.test(texts[p]!);
  return finished && next.kind === 'text' && next.informal && !next.nameLike;
}

/**
 * A name that cannot be a heading or a category label: a user name ("jne", "mary_k2")
 * or a name of two or three words. A single capitalised word ("Ferns", "Business")
 * is as often a subheading as a name.
 */
function isDistinctName(s: LineSignals, text: string): boolean {
  const name = text.trim();
  return s.kind === 'text' && s.personName && !(!/\s/u.test(name) && /^\p{Lu}\p{Ll}+$/u.test(name));
}

/** How often each trimmed line occurs in the document (a commenter who replies recurs). */
function lineCounts(texts: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of texts) {
    const k = t.trim();
    if (k.length > 0 && k.length <= 40) {
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
  }
  return counts;
}

/** Evidence weight of each line. */
export function weights(signals: readonly LineSignals[], texts: readonly string[]): number[] {
  const counts = lineCounts(texts);
  return signals.map((s, i) => {
    if (isNameHead(signals, texts, counts, i)) {
      return WEIGHT.nameHead;
    }
    if (s.kind === 'meta' && s.weakMeta) {
      const p = previousNonBlank(signals, i, 0);
      return p >= 0 && isDistinctName(signals[p]!, texts[p]!) ? WEIGHT.meta : WEIGHT.weakMeta;
    }
    return weight(s);
  });
}

function weight(s: LineSignals): number {
  switch (s.kind) {
    case 'blank':
    case 'closing':
      return 0;
    case 'header':
      return WEIGHT.header;
    case 'meta':
      return WEIGHT.meta;
    case 'marker':
      return WEIGHT.marker;
    default:
      if (s.byline) {
        return WEIGHT.byline;
      }
      if (s.opener) {
        return WEIGHT.opener;
      }
      if (s.nameLike) {
        return WEIGHT.name;
      }
      return s.informal ? WEIGHT.informal : WEIGHT.prose;
  }
}

