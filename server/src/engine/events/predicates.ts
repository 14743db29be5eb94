/**
 * Finds event predicates in a sentence with the bilingual lexicon of
 * {@link PREDICATES}. Lookups go through an index of words and stem prefixes, so the
 * cost per token does not grow with the size of the lexicon.
 */
import { PREDICATES, type PredicateEntry } from './predicateLexicon.js';
import { tokenize, type Token } from './tokens.js';

/** One predicate found in a sentence. Offsets (of the trigger word) are into the sentence text. */
export interface PredicateMention {
  readonly id: string;
  readonly weight: number;
  readonly start: number;
  readonly end: number;
}

/** Slots of a pattern must all match within this many tokens of one another. */
const WINDOW = 8;
const PREFIX_LEN = 3;

interface SlotRef {
  readonly entry: PredicateEntry;
  readonly pattern: number;
  readonly slot: number;
  readonly slots: number;
  /** The stem, for prefix alternatives; undefined for whole words. */
  readonly stem?: string;
  /** One number per pattern of an entry id: which slot references belong together. */
  readonly patternKey: number;
}

interface Lexicon {
  readonly words: Map<string, SlotRef[]>;
  readonly prefixes: Map<string, SlotRef[]>;
  readonly byId: Map<string, PredicateEntry>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) {
    list.push(value);
  } else {
    map.set(key, [value]);
  }
}

function compile(entries: readonly PredicateEntry[]): Lexicon {
  const words = new Map<string, SlotRef[]>();
  const prefixes = new Map<string, SlotRef[]>();
  const byId = new Map<string, PredicateEntry>();
  const patternKeys = new Map<string, number>();
  for (const entry of entries) {
    byId.set(entry.id, entry);
    const patterns = [...entry.en, ...entry.ru];
    patterns.forEach((pattern, p) => {
      const slots = pattern.toLowerCase().split(/\s+/u);
      const name = `${entry.id}\n${p}`;
      const patternKey = patternKeys.get(name) ?? patternKeys.size;
      patternKeys.set(name, patternKey);
      slots.forEach((slot, s) => {
        for (const alt of slot.split('|')) {
          const base = { entry, pattern: p, slot: s, slots: slots.length, patternKey };
          if (alt.endsWith('*')) {
            const stem = alt.slice(0, -1);
            push(prefixes, stem.slice(0, Math.min(PREFIX_LEN, stem.length)), { ...base, stem });
          } else {
            push(words, alt, base);
          }
        }
      });
    });
  }
  return { words, prefixes, byId };
}

let lexicon: Lexicon | undefined;

function lex(): Lexicon {
  lexicon ??= compile(PREDICATES);
  return lexicon;
}

/** The lexicon entry of a predicate id. */
export function predicateEntry(id: string): PredicateEntry | undefined {
  return lex().byId.get(id);
}

/** True when a lower-cased word can trigger an event predicate ("checks", "rehab", "признал"). */
export function isEventWord(lower: string): boolean {
  const { words, prefixes } = lex();
  if ((words.get(lower) ?? []).some((r) => r.slot === 0)) {
    return true;
  }
  const keys = lower.length > 2 ? [lower.slice(0, PREFIX_LEN), lower.slice(0, 2)] : [lower];
  return keys.some((k) => (prefixes.get(k) ?? []).some((r) => r.slot === 0 && lower.startsWith(r.stem!)));
}

/** Slot references of each word seen, in lookup order: words repeat across a corpus, so each is looked up once. */
const refMemo = new Map<string, readonly SlotRef[]>();
const REF_MEMO_LIMIT = 100_000;

/** The slot references a lower-cased word triggers: whole-word entries first, then stems by prefix. */
function refsOf(lower: string, words: Lexicon['words'], prefixes: Lexicon['prefixes']): readonly SlotRef[] {
  let refs = refMemo.get(lower);
  if (refs === undefined) {
    const found: SlotRef[] = [...(words.get(lower) ?? [])];
    const keys = lower.length > 2 ? [lower.slice(0, PREFIX_LEN), lower.slice(0, 2)] : [lower];
    for (const key of keys) {
      for (const ref of prefixes.get(key) ?? []) {
        if (lower.startsWith(ref.stem!)) {
          found.push(ref);
        }
      }
    }
    if (refMemo.size >= REF_MEMO_LIMIT) {
      refMemo.clear();
    }
    refs = found;
    refMemo.set(lower, refs);
  }
  return refs;
}

/** Finds the predicates of one sentence (at most one mention per predicate id, the first). */
export function findPredicates(text: string, tokens: readonly Token[] = tokenize(text)): PredicateMention[] {
  const { words, prefixes } = lex();
  // hits[entryId][pattern][slot] = token positions
  const hits = new Map<string, Map<number, { slots: number; at: number[][] }>>();
  const record = (ref: SlotRef, position: number, anchored: boolean): void => {
    let byPattern = hits.get(ref.entry.id);
    if (!byPattern) {
      byPattern = new Map();
      hits.set(ref.entry.id, byPattern);
    }
    if (!anchored) {
      return;
    }
    let pattern = byPattern.get(ref.pattern);
    if (!pattern) {
      pattern = { slots: ref.slots, at: Array.from({ length: ref.slots }, () => []) };
      byPattern.set(ref.pattern, pattern);
    }
    pattern.at[ref.slot]!.push(position);
  };
  // A pattern matches only where its first slot occurs, and most sentences have no such
  // word: only the patterns with one are recorded (entries still in order of first hit).
  const refs: (readonly SlotRef[])[] = [];
  const anchoredPatterns = new Set<number>();
  const anchoredEntries = new Set<string>();
  for (const t of tokens) {
    const list = refsOf(t.lower, words, prefixes);
    refs.push(list);
    for (const ref of list) {
      if (ref.slot === 0) {
        anchoredPatterns.add(ref.patternKey);
        anchoredEntries.add(ref.entry.id);
      }
    }
  }
  if (anchoredPatterns.size === 0) {
    return [];
  }
  refs.forEach((list, i) => {
    for (const ref of list) {
      if (anchoredEntries.has(ref.entry.id)) {
        record(ref, i, anchoredPatterns.has(ref.patternKey));
      }
    }
  });
  const found: PredicateMention[] = [];
  for (const [id, byPattern] of hits) {
    let best: number | undefined;
    for (const { at } of byPattern.values()) {
      for (const anchor of at[0]!) {
        const ok = at.every((positions, s) => s === 0 || positions.some((q) => q !== anchor && Math.abs(q - anchor) <= WINDOW));
        if (ok && (best === undefined || anchor < best)) {
          best = anchor;
        }
      }
    }
    if (best !== undefined) {
      const entry = lex().byId.get(id)!;
      const token = tokens[best]!;
      found.push({ id, weight: entry.weight ?? 1, start: token.start, end: token.end });
    }
  }
  const overridden = new Set(found.flatMap((m) => lex().byId.get(m.id)?.overrides ?? []));
  return found.filter((m) => !overridden.has(m.id)).sort((a, b) => a.start - b.start);
}
