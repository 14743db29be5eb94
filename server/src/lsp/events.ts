/**
 * The workspace's events and reprints: every corpus document analysed once, its body
 * sentences (not boilerplate, not comments) kept in an {@link EventIndex} and a
 * {@link ReprintIndex}. The whole corpus is indexed in the background after it is read;
 * afterwards a changed document is re-indexed alone, after a pause.
 */
import { analyzeChrome, bodySentences, EventIndex, ReprintIndex, type DocumentSignature } from '../engine/events/index.js';
import type { Analyzer, CorpusView, EngineSettings, Finding, SeedDocument } from '../engine/index.js';
import { linkInWorkers } from './linkWorkers.js';
import type { CodeLensSetting } from './codeLensSetting.js';
import { Debouncer } from './debouncer.js';
import type { CountedProgress } from './progress.js';
import { isInside, pathToUri, uriToPath } from './uris.js';

/** Pause before a document changed on disk is re-indexed, in milliseconds. */
const REINDEX_DELAY = 300;

/** Pause after an edit before the open document's events are linked again: edits are answered first. */
const EDIT_RELINK_DELAY = 300;

/** Pause before listeners hear that the events changed, so a burst of changes is one notice. */
const NOTIFY_DELAY = 200;

/** What the session needs from the connection to link events: progress, CodeLens refreshes and the CodeLens setting. */
export interface EventServices {
  /** Starts a work-done progress for linking the corpus's events. */
  beginProgress(message: string): Promise<CountedProgress>;
  /** Asks the client to query CodeLenses again (a no-op when it cannot). */
  refreshLenses(): void;
  /** Whether CodeLenses are wanted for a document. */
  readonly codeLens: CodeLensSetting;
}

/**
 * The URI whose settings apply to a corpus document that is not open: its workspace folder's,
 * so a corpus of thousands of files costs one settings request per folder, not one per file.
 */
export function settingsScope(key: string, roots: readonly string[]): string {
  const path = uriToPath(key);
  const root = path === undefined ? undefined : roots.find((r) => isInside(r, path));
  return root === undefined ? key : pathToUri(root);
}

/** Where the event index gets documents, analyzers and the corpus evidence. */
export interface EventSource {
  /** The corpus entry with this key (canonical URI). */
  get(key: string): SeedDocument | undefined;
  /** Keys of every corpus document. */
  keys(): string[];
  /** The corpus that boilerplate evidence is read from. */
  readonly view: CorpusView;
  /** The analyzer configured for the document with this key. */
  analyzer(key: string): Promise<Analyzer>;
  /** The settings of the document with this key for a worker thread's analyzer, or `undefined` when they cannot travel. */
  engineSettings?(key: string): Promise<EngineSettings | undefined>;
  /** The corpus evidence as line keys, for a worker thread. */
  corpusKeys?(): [string, readonly number[]][];
}

/** What the event index tells the rest of the server. */
export interface EventHooks {
  /** The events or reprints may have changed. */
  changed(): void;
  /** A line for the log. */
  log(message: string): void;
  /** Whether the server is shutting down. */
  cancelled(): boolean;
}

/** Events and reprints of the workspace corpus, kept current one document at a time. */
export class CorpusEvents {
  /** Events reported by sentences of two or more documents. */
  readonly events = new EventIndex();
  /** Passages repeated verbatim or nearly so across documents. */
  readonly reprints = new ReprintIndex();
  /** The document object each key was indexed from: the same object means nothing to redo. */
  private readonly indexed = new Map<string, SeedDocument>();
  private readonly debouncer: Debouncer;
  private readonly notifier: Debouncer;
  /** The latest analysed version of each open document waiting to be linked ({@link setAnalysedSoon}). */
  private readonly pendingAnalysed = new Map<string, { readonly doc: SeedDocument; readonly findings: readonly Finding[] }>();
  private readonly relinker: Debouncer;

  constructor(
    private readonly source: EventSource,
    private readonly hooks: EventHooks,
  ) {
    this.debouncer = new Debouncer((key) => {
      this.reindex(key).catch((error: unknown) => hooks.log(`Source Review: linking events of ${key} failed: ${String(error)}`));
    });
    this.notifier = new Debouncer(() => hooks.changed());
    this.relinker = new Debouncer((key) => {
      const pending = this.pendingAnalysed.get(key);
      this.pendingAnalysed.delete(key);
      if (pending) {
        try {
          this.link(pending.doc, pending.findings);
        } catch (error) {
          hooks.log(`Source Review: linking events of ${key} failed: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
    });
  }

  /** The document the index holds for `key`, if any. */
  indexedDocument(key: string): SeedDocument | undefined {
    return this.indexed.get(key);
  }

  /** Indexes a document that was just analysed (an open document's current version). */
  setAnalysed(doc: SeedDocument, findings: readonly Finding[]): void {
    // A hover or lens reads the index next: edits still waiting to be linked go in first.
    for (const [key, pending] of [...this.pendingAnalysed]) {
      this.pendingAnalysed.delete(key);
      this.relinker.cancel(key);
      if (pending.doc !== doc) {
        this.link(pending.doc, pending.findings);
      }
    }
    this.link(doc, findings);
  }

  /** Links an analysed document now, unless that version is linked already. */
  private link(doc: SeedDocument, findings: readonly Finding[]): void {
    this.debouncer.cancel(doc.uri);
    if (this.indexed.get(doc.uri) === doc) {
      return;
    }
    const body = bodySentences(doc, findings);
    this.events.set(doc, body);
    this.reprints.set(doc, body);
    this.indexed.set(doc.uri, doc);
    this.changed();
  }

  /**
   * Indexes an open document's analysed version once typing pauses: linking a document
   * scores its sentences against the corpus, which should not delay the next edit's
   * diagnostics. Hovers and lenses call {@link setAnalysed}, which links at once.
   */
  setAnalysedSoon(doc: SeedDocument, findings: readonly Finding[]): void {
    if (this.indexed.get(doc.uri) === doc) {
      return;
    }
    this.pendingAnalysed.set(doc.uri, { doc, findings });
    this.relinker.schedule(doc.uri, EDIT_RELINK_DELAY, true);
  }

  /** Drops a document (deleted, renamed away, or too large to analyse). */
  remove(key: string): void {
    this.debouncer.cancel(key);
    this.relinker.cancel(key);
    this.pendingAnalysed.delete(key);
    if (this.indexed.delete(key)) {
      this.events.delete(key);
      this.reprints.delete(key);
      this.changed();
    }
  }

  /** A corpus entry changed (created, edited on disk, deleted): re-index it after a pause. */
  documentChanged(key: string): void {
    this.debouncer.schedule(key, REINDEX_DELAY, true);
  }

  /**
   * Indexes every corpus document not indexed in its current version, one at a time,
   * yielding to the event loop between documents so requests and edits are answered.
   */
  async indexAll(progress: CountedProgress): Promise<void> {
    // Hovers, lenses and counts asked for meanwhile need not regroup the corpus after every document.
    this.events.beginBulk();
    try {
      const keys = this.source.keys().filter((key) => this.indexed.get(key) !== this.source.get(key));
      let done = 0;
      const report = (): void => progress.report(++done, keys.length, `${done} of ${keys.length} documents`);
      // Parsing and analysing go to worker threads when they can; what they leave (or cannot take) is done here.
      const left = await linkInWorkers(keys, this.source, this.hooks, (key, doc, signature) => {
        if (signature !== undefined && this.source.get(key) === doc && this.indexed.get(key) !== doc) {
          this.linkSignature(doc, signature);
        }
        report();
      });
      for (let i = 0; i < left.length && !this.hooks.cancelled(); i++) {
        await nextTurn();
        await this.reindex(left[i]!, false);
        report();
      }
      this.events.endBulk();
      this.hooks.log(`Source Review: linked ${this.events.events().length} event(s) across ${this.indexed.size} document(s).`);
      this.changed();
    } finally {
      this.events.endBulk();
      progress.end();
    }
  }

  /** Indexes a document whose signature was computed elsewhere (a worker) from this very document's text. */
  private linkSignature(doc: SeedDocument, signature: DocumentSignature): void {
    this.events.setSignature(signature);
    this.reprints.set(doc, signature.sentences.map((s) => s.sentence));
    this.indexed.set(doc.uri, doc);
  }

  /** Stops pending re-indexing (shutdown). */
  dispose(): void {
    this.debouncer.dispose();
    this.notifier.dispose();
    this.relinker.dispose();
  }

  private changed(): void {
    this.notifier.schedule('changed', NOTIFY_DELAY);
  }

  /** Analyses the corpus entry of `key` and indexes its body sentences, or drops it when it left the corpus. */
  private async reindex(key: string, notify = true): Promise<void> {
    const doc = this.source.get(key);
    if (!doc) {
      this.remove(key);
      if (notify) {
        this.hooks.log(`Source Review: ${key} left the corpus; its events were unlinked.`);
      }
      return;
    }
    if (this.indexed.get(key) === doc) {
      return;
    }
    const analyzer = await this.source.analyzer(key);
    if (this.source.get(key) !== doc || this.indexed.get(key) === doc) {
      return; // changed or indexed meanwhile
    }
    let findings: readonly Finding[];
    try {
      findings = analyzeChrome(analyzer, doc, this.source.view);
    } catch (error) {
      this.hooks.log(`Source Review: ${key} not linked: analysis failed: ${error instanceof Error ? error.message : String(error)}`);
      this.remove(key);
      return;
    }
    const body = bodySentences(doc, findings);
    this.events.set(doc, body);
    this.reprints.set(doc, body);
    this.indexed.set(key, doc);
    if (notify) {
      this.hooks.log(`Source Review: events of ${key} linked again.`);
      this.changed();
    }
  }
}

/** Resolves on a later turn of the event loop, after pending I/O and timers. */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
