/** The workspace's corpus: seeds read from disk, overridden by what the editor has open. */
import { CorpusIndex, normaliseLine, type CorpusView, type SeedDocument } from '../engine/index.js';

/**
 * Wraps the engine's {@link CorpusIndex}, keyed by canonical URI. While a document is open
 * its editor text is the corpus entry and disk updates for it are held back until it closes.
 */
export class WorkspaceCorpus {
  private readonly index = new CorpusIndex();
  private readonly open = new Set<string>();
  /** Gives a document the outlet the user's `outlets` setting maps it to (set by the session when settings load). */
  applyOutlet: (doc: SeedDocument) => SeedDocument = (doc) => doc;

  /** The view rules read. */
  get view(): CorpusView {
    return this.index;
  }

  /** Number of documents. */
  get size(): number {
    return this.index.size;
  }

  /** Indexes a seed read from disk, unless the editor has it open. Returns whether the index changed. */
  setFromDisk(doc: SeedDocument): boolean {
    if (this.open.has(doc.uri)) {
      return false;
    }
    this.index.set(this.applyOutlet(doc));
    return true;
  }

  /** Removes a seed that left the disk, unless the editor has it open. Returns whether the index changed. */
  deleteFromDisk(uri: string): boolean {
    if (this.open.has(uri) || !this.index.get(uri)) {
      return false;
    }
    this.index.delete(uri);
    return true;
  }

  /** Indexes an open document's current text (it overrides the disk until {@link release}). */
  setOpen(doc: SeedDocument): void {
    this.open.add(doc.uri);
    this.index.set(doc);
  }

  /** Removes an open document's entry (e.g. it grew too large to analyse) and keeps it marked open. */
  clearOpen(uri: string): void {
    this.open.add(uri);
    this.index.delete(uri);
  }

  /** Ends the override of a closed document; the caller re-reads the disk. */
  release(uri: string): void {
    this.open.delete(uri);
    this.index.delete(uri);
  }

  /** The indexed document at `uri`. */
  get(uri: string): SeedDocument | undefined {
    return this.index.get(uri);
  }

  /** Every document's line keys, to rebuild the same corpus evidence in a worker thread ({@link CorpusIndex.fromKeys}). */
  exportKeys(): [string, readonly number[]][] {
    return this.index.exportKeys();
  }

  /** URIs of all indexed documents. */
  uris(): string[] {
    return [...this.index.uris()];
  }

  /**
   * URIs of other documents whose corpus evidence may differ between two versions of a
   * document: those holding a line that only one of the versions has. An edit inside an
   * unshared line touches nobody.
   */
  documentsAffectedBy(before: SeedDocument | undefined, after: SeedDocument | undefined): Set<string> {
    const old = lineKeys(before);
    const now = lineKeys(after);
    const uri = after?.uri ?? before?.uri;
    const out = new Set<string>();
    const collect = (keys: ReadonlySet<string>, other: ReadonlySet<string>): void => {
      for (const key of keys) {
        if (!other.has(key)) {
          for (const u of this.index.documentsWithLine(key, uri)) {
            out.add(u);
          }
        }
      }
    };
    collect(old, now);
    collect(now, old);
    return out;
  }
}

function lineKeys(doc: SeedDocument | undefined): Set<string> {
  const keys = new Set<string>();
  for (const line of doc?.lines ?? []) {
    keys.add(normaliseLine(line.text));
  }
  return keys;
}
