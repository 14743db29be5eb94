/**
 * Reprints: passages of body text that appear verbatim or nearly so in two documents
 * (a republished wire story is one source, not two). Word shingles are hashed into an
 * inverted index; a passage is a run of shared shingles with small gaps, so an edited
 * word or two does not break it.
 */
import type { SeedDocument } from '../document.js';
import type { Sentence } from '../sentences.js';
import type { Span } from '../types.js';
import { hash53Joined } from '../corpus/hash.js';
import type { LineMap } from '../text.js';

/** A passage of one document that another document repeats. */
export interface ReprintPassage {
  readonly uri: string;
  readonly span: Span;
  /** 0-based first and last line of the passage. */
  readonly firstLine: number;
  readonly lastLine: number;
  /** The document that repeats it, and where. */
  readonly otherUri: string;
  readonly otherSpan: Span;
  readonly otherFirstLine: number;
  readonly otherLastLine: number;
  /** Share of the passage's shingles found in the other document (1 = verbatim). */
  readonly overlap: number;
}

/** Options of {@link ReprintIndex}. */
export interface ReprintOptions {
  /** Words per shingle (default 6). */
  readonly shingleWords?: number;
  /** Fewest shared shingles that make a passage (default 6, about a dozen words). */
  readonly minShingles?: number;
  /** Unshared shingles tolerated inside a passage (default: one shingle's width, so one edited word). */
  readonly maxGap?: number;
  /** Shingles found in more documents than this are stock phrases, not reprints (default 20). */
  readonly maxPostings?: number;
}

interface ReprintEntry {
  readonly lineMap: LineMap;
  /** Start and end offsets of the body's words, in order. */
  readonly wordStarts: Int32Array;
  readonly wordEnds: Int32Array;
  /** Hash of each shingle (k words from word i), in order. */
  readonly shingles: Float64Array;
  /** The document's distinct shingle hashes, sorted, and the first shingle index of each. */
  readonly distinct: Float64Array;
  readonly firstIndex: Int32Array;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** The incremental index of repeated passages across a corpus. */
export class ReprintIndex {
  private readonly docs = new Map<string, ReprintEntry>();
  /** Documents per shingle hash: one URI as a plain string (most shingles), several as a set. */
  private readonly postings = new Map<number, string | Set<string>>();
  private readonly k: number;
  private readonly minShingles: number;
  private readonly maxGap: number;
  private readonly maxPostings: number;

  constructor(options: ReprintOptions = {}) {
    this.k = options.shingleWords ?? 6;
    this.minShingles = options.minShingles ?? 6;
    this.maxGap = options.maxGap ?? this.k;
    this.maxPostings = options.maxPostings ?? 20;
  }

  /** Adds or replaces a document; only `bodySentences` are compared (not boilerplate, not comments). */
  set(doc: SeedDocument, bodySentences: readonly Sentence[]): void {
    this.delete(doc.uri);
    const starts: number[] = [];
    const ends: number[] = [];
    const norm: string[] = [];
    for (const s of bodySentences) {
      WORD.lastIndex = 0;
      for (let m = WORD.exec(s.text); m !== null; m = WORD.exec(s.text)) {
        starts.push(s.start + m.index);
        ends.push(s.start + m.index + m[0].length);
        const lower = m[0].toLowerCase();
        norm.push(lower.includes('ё') ? lower.replace(/ё/gu, 'е') : lower);
      }
    }
    const count = Math.max(0, norm.length - this.k + 1);
    const shingles = new Float64Array(count);
    for (let i = 0; i < count; i++) {
      shingles[i] = hash53Joined(norm, i, i + this.k);
    }
    // Distinct hashes with their first index: sort indices by hash, then by position.
    const order = Array.from({ length: count }, (_, i) => i).sort((a, b) => shingles[a]! - shingles[b]! || a - b);
    const distinct: number[] = [];
    const firstIndex: number[] = [];
    for (const i of order) {
      if (distinct.length === 0 || distinct[distinct.length - 1] !== shingles[i]) {
        distinct.push(shingles[i]!);
        firstIndex.push(i);
      }
    }
    const entry: ReprintEntry = {
      lineMap: doc.lineMap,
      wordStarts: Int32Array.from(starts),
      wordEnds: Int32Array.from(ends),
      shingles,
      distinct: Float64Array.from(distinct),
      firstIndex: Int32Array.from(firstIndex),
    };
    this.docs.set(doc.uri, entry);
    // Postings in order of first appearance, as a document reads.
    const byPosition = [...entry.firstIndex].sort((a, b) => a - b);
    for (const i of byPosition) {
      const h = shingles[i]!;
      const holders = this.postings.get(h);
      if (holders === undefined) {
        this.postings.set(h, doc.uri);
      } else if (typeof holders === 'string') {
        this.postings.set(h, new Set([holders, doc.uri]));
      } else {
        holders.add(doc.uri);
      }
    }
  }

  /** Removes a document. */
  delete(uri: string): void {
    const entry = this.docs.get(uri);
    if (!entry) {
      return;
    }
    for (const h of entry.distinct) {
      const holders = this.postings.get(h);
      if (holders === uri) {
        this.postings.delete(h);
      } else if (holders instanceof Set) {
        holders.delete(uri);
        if (holders.size === 1) {
          this.postings.set(h, holders.values().next().value!);
        }
      }
    }
    this.docs.delete(uri);
  }

  /** Passages of `uri` that other documents repeat, in document order. */
  reprintsOf(uri: string): ReprintPassage[] {
    const entry = this.docs.get(uri);
    if (!entry) {
      return [];
    }
    const matches = new Map<string, number[]>();
    entry.shingles.forEach((h, i) => {
      const holders = this.postings.get(h);
      if (holders === undefined || (typeof holders !== 'string' && holders.size > this.maxPostings)) {
        return;
      }
      for (const other of typeof holders === 'string' ? [holders] : holders) {
        if (other !== uri) {
          const list = matches.get(other);
          if (list) {
            list.push(i);
          } else {
            matches.set(other, [i]);
          }
        }
      }
    });
    const out: ReprintPassage[] = [];
    for (const [otherUri, indices] of matches) {
      if (indices.length < this.minShingles) {
        continue;
      }
      const other = this.docs.get(otherUri)!;
      let run: number[] = [];
      const flush = (): void => {
        if (run.length >= this.minShingles) {
          out.push(this.passage(uri, entry, otherUri, other, run));
        }
        run = [];
      };
      for (const i of indices) {
        if (run.length > 0 && i - run[run.length - 1]! > this.maxGap + 1) {
          flush();
        }
        run.push(i);
      }
      flush();
    }
    out.sort((a, b) => (a.otherUri < b.otherUri ? -1 : a.otherUri > b.otherUri ? 1 : a.span.start - b.span.start));
    // Runs cut by a reordered sentence meet on a line: one passage.
    const merged: ReprintPassage[] = [];
    for (const p of out) {
      const prev = merged[merged.length - 1];
      if (prev && prev.otherUri === p.otherUri && (p.span.start < prev.span.end || p.firstLine <= prev.lastLine)) {
        merged[merged.length - 1] = {
          ...prev,
          span: { start: prev.span.start, end: Math.max(prev.span.end, p.span.end) },
          lastLine: Math.max(prev.lastLine, p.lastLine),
          otherSpan: { start: Math.min(prev.otherSpan.start, p.otherSpan.start), end: Math.max(prev.otherSpan.end, p.otherSpan.end) },
          otherFirstLine: Math.min(prev.otherFirstLine, p.otherFirstLine),
          otherLastLine: Math.max(prev.otherLastLine, p.otherLastLine),
          overlap: Math.min(prev.overlap, p.overlap),
        };
      } else {
        merged.push(p);
      }
    }
    return merged.sort((a, b) => a.span.start - b.span.start || (a.otherUri < b.otherUri ? -1 : 1));
  }

  /** Reprinted passages of `uri` that contain `offset`. */
  reprintsAt(uri: string, offset: number): ReprintPassage[] {
    return this.reprintsOf(uri).filter((p) => p.span.start <= offset && offset < p.span.end);
  }

  private passage(uri: string, entry: ReprintEntry, otherUri: string, other: ReprintEntry, run: readonly number[]): ReprintPassage {
    const first = run[0]!;
    const last = run[run.length - 1]!;
    const span = { start: entry.wordStarts[first]!, end: entry.wordEnds[last + this.k - 1]! };
    const positions = run.map((i) => firstIndexOf(other, entry.shingles[i]!)).sort((a, b) => a - b);
    const oFirst = positions[0]!;
    const oLast = positions[positions.length - 1]!;
    const otherSpan = { start: other.wordStarts[oFirst]!, end: other.wordEnds[oLast + this.k - 1]! };
    return {
      uri,
      span,
      firstLine: entry.lineMap.lineAt(span.start),
      lastLine: entry.lineMap.lineAt(span.end - 1),
      otherUri,
      otherSpan,
      otherFirstLine: other.lineMap.lineAt(otherSpan.start),
      otherLastLine: other.lineMap.lineAt(otherSpan.end - 1),
      overlap: run.length / (last - first + 1),
    };
  }
}

/** The first shingle index of a hash the document has (binary search over its distinct hashes). */
function firstIndexOf(entry: ReprintEntry, hash: number): number {
  let lo = 0;
  let hi = entry.distinct.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (entry.distinct[mid]! < hash) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return entry.firstIndex[lo]!;
}
