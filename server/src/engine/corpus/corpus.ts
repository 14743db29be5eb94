import type { SeedDocument } from '../document.js';
import { LineMap, normaliseLine, type Line } from '../text.js';
import { hash53 } from './hash.js';
import { scanTags } from '../tags/parse.js';
import { maskTags } from '../tags/mask.js';

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
  /** Each document's distinct line keys (also of documents indexed by text alone). */
  private readonly keysByDoc = new Map<string, readonly number[]>();
  /** Documents per line key: one URI as a plain string (most lines), several as a set. */
  private readonly docsByKey = new Map<number, string | Set<string>>();

  get size(): number {
    return this.keysByDoc.size;
  }

  /** Adds or replaces a document. */
  set(doc: SeedDocument): void {
    // Review-tag markup is not part of a line: index the masked text (same lines).
    this.index(doc.uri, doc.maskedText === undefined ? doc.lines : new LineMap(doc.maskedText).lines);
    this.docs.set(doc.uri, doc);
  }

  /**
   * Adds or replaces a document by its text alone, without keeping it: its lines count as
   * evidence, but {@link get} does not return it. A batch run (the CLI) indexes every file
   * this way, then parses and analyses one file at a time, so memory holds one parsed
   * document, not all of them.
   */
  setText(uri: string, text: string): void {
    this.index(uri, new LineMap(text.includes('<!--') ? maskTags(text, scanTags(text)) : text).lines);
  }

  /**
   * Every document's line keys, to rebuild the same index elsewhere (a worker thread) with
   * {@link CorpusIndex.fromKeys}; documents themselves are not included.
   */
  exportKeys(): [string, readonly number[]][] {
    return [...this.keysByDoc];
  }

  /** An index with the line keys {@link exportKeys} gave: the same evidence, no documents to {@link get}. */
  static fromKeys(entries: Iterable<readonly [string, readonly number[]]>): CorpusIndex {
    const corpus = new CorpusIndex();
    for (const [uri, keys] of entries) {
      corpus.indexKeys(uri, keys);
    }
    return corpus;
  }

  private index(uri: string, lines: readonly Line[]): void {
    const keys = new Set<number>();
    for (const line of lines) {
      const key = normaliseLine(line.text);
      if (key.length >= MIN_KEY_LENGTH) {
        keys.add(hash53(key));
      }
    }
    this.indexKeys(uri, [...keys]);
  }

  private indexKeys(uri: string, keys: readonly number[]): void {
    this.delete(uri);
    this.keysByDoc.set(uri, keys);
    for (const k of keys) {
      const holders = this.docsByKey.get(k);
      if (holders === undefined) {
        this.docsByKey.set(k, uri);
      } else if (typeof holders === 'string') {
        this.docsByKey.set(k, new Set([holders, uri]));
      } else {
        holders.add(uri);
      }
    }
  }

  /** Removes a document; unknown URIs are ignored. */
  delete(uri: string): void {
    const keys = this.keysByDoc.get(uri);
    if (keys) {
      for (const k of keys) {
        const holders = this.docsByKey.get(k);
        if (holders === uri) {
          this.docsByKey.delete(k);
        } else if (holders instanceof Set) {
          holders.delete(uri);
          if (holders.size === 1) {
            this.docsByKey.set(k, holders.values().next().value!);
          }
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
    return this.keysByDoc.keys();
  }

  documentsWithLine(normalisedLine: string, except?: string): readonly string[] {
    if (normalisedLine.length < MIN_KEY_LENGTH) {
      return [];
    }
    const holders = this.docsByKey.get(hash53(normalisedLine));
    if (holders === undefined) {
      return [];
    }
    if (typeof holders === 'string') {
      return holders === except ? [] : [holders];
    }
    const out: string[] = [];
    for (const uri of holders) {
      if (uri !== except) {
        out.push(uri);
      }
    }
    return out;
  }
}
