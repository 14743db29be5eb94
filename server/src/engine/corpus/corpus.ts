import type { SeedDocument } from '../document.js';
import { normaliseLine } from '../text.js';
import { hash53 } from './hash.js';

/** What rules may ask of the corpus. */
export interface CorpusView {
  /** Number of documents in the corpus. */
  readonly size: number;
  /** URIs of the documents, other than `except`, that contain a line with this normalised text. */
  documentsWithLine(normalisedLine: string, except?: string): readonly string[];
  /** A document of the corpus, if indexed. */
  get(uri: string): SeedDocument | undefined;
}

/** An empty corpus: a document analysed on its own. */
export const EMPTY_CORPUS: CorpusView = {
  size: 0,
  documentsWithLine: () => [],
  get: () => undefined,
};

/** Lines shorter than this (normalised) are too common to be evidence of anything. */
const MIN_KEY_LENGTH = 3;

/**
 * The cross-document index. Adding or replacing a document updates only that
 * document's entries, so an edit costs one document, not the corpus.
 */
export class CorpusIndex implements CorpusView {
  private readonly docs = new Map<string, SeedDocument>();
  private readonly keysByDoc = new Map<string, Set<number>>();
  private readonly docsByKey = new Map<number, Set<string>>();

  get size(): number {
    return this.docs.size;
  }

  /** Adds or replaces a document. */
  set(doc: SeedDocument): void {
    this.delete(doc.uri);
    this.docs.set(doc.uri, doc);
    const keys = new Set<number>();
    for (const line of doc.lines) {
      const key = normaliseLine(line.text);
      if (key.length >= MIN_KEY_LENGTH) {
        keys.add(hash53(key));
      }
    }
    this.keysByDoc.set(doc.uri, keys);
    for (const k of keys) {
      let set = this.docsByKey.get(k);
      if (!set) {
        set = new Set();
        this.docsByKey.set(k, set);
      }
      set.add(doc.uri);
    }
  }

  /** Removes a document; unknown URIs are ignored. */
  delete(uri: string): void {
    const keys = this.keysByDoc.get(uri);
    if (keys) {
      for (const k of keys) {
        const set = this.docsByKey.get(k);
        set?.delete(uri);
        if (set && set.size === 0) {
          this.docsByKey.delete(k);
        }
      }
    }
    this.keysByDoc.delete(uri);
    this.docs.delete(uri);
  }

  get(uri: string): SeedDocument | undefined {
    return this.docs.get(uri);
  }

  /** URIs of all indexed documents. */
  uris(): IterableIterator<string> {
    return this.docs.keys();
  }

  documentsWithLine(normalisedLine: string, except?: string): readonly string[] {
    if (normalisedLine.length < MIN_KEY_LENGTH) {
      return [];
    }
    const set = this.docsByKey.get(hash53(normalisedLine));
    if (!set) {
      return [];
    }
    const out: string[] = [];
    for (const uri of set) {
      if (uri !== except) {
        out.push(uri);
      }
    }
    return out;
  }
}
