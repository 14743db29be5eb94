/**
 * The server's state and behaviour behind the thin LSP handlers: open documents analysed on
 * a debounce against the workspace corpus, diagnostics publishing, hovers and folding.
 */
import type { CancellationToken, CodeLens, Connection, Diagnostic, DocumentSymbol, FileEvent, FoldingRange, Hover, Position } from 'vscode-languageserver';
import { DiagnosticSeverity, MarkupKind } from 'vscode-languageserver';
import { DEFAULT_BUDGET, PARTIAL_CODE, partialMessage, runBudgeted, type AnalysisBudget, type BudgetedOutcome } from './budget.js';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { parseSeed, type Analyzer, type Finding, type SeedDocument } from '../engine/index.js';
import { noticeDiagnostic, toDiagnostic, toLspRange } from './convert.js';
import { Debouncer } from './debouncer.js';
import { DiskCorpus } from './diskCorpus.js';
import { eventHover } from './eventHover.js';
import { eventLenses } from './eventLenses.js';
import { CorpusEvents, settingsScope, type EventServices } from './events.js';
import { readEncoding } from './diskSeeds.js';
import { foldingRanges } from './folding.js';
import { detached, logError, unlessCancelled } from './guard.js';
import { findingsAt, hoverMarkdown } from './hover.js';
import { sourcesOf } from './documentSources.js';
import { sourceAt, sourceHoverMarkdown } from './sourceHover.js';
import { sourceSymbols } from './symbols.js';
import {
  ENCODING_CODE,
  FAILED_CODE,
  MAX_ANALYSED_CHARS,
  TOO_LARGE_CODE,
  encodingMessage,
  failedMessage,
  tooLargeMessage,
} from './limits.js';
import type { CountedProgress } from './progress.js';
import type { SettingsStore } from './settingsStore.js';
import { canonicalUri, pathToUri, uriToPath } from './uris.js';
import { eventCoverage, type EventCoverage } from './coverage.js';
import { StatusReporter, type ServerStatus } from './status.js';
import { WorkspaceCorpus } from './workspaceCorpus.js';
import { DEFAULT_SCOPE } from '../settings/scope.js';

/** Delays of analysis runs, in milliseconds. */
export const DELAYS = {
  /** A document just opened: analyse at once. */
  open: 0,
  /** After an edit, wait for typing to pause. */
  edit: 150,
  /** Another document's lines changed: corpus evidence here may have changed too. */
  neighbour: 300,
  /** After an edit of a long document, whose analysis takes seconds: wait longer. */
  longEdit: 1000,
} as const;

/** Documents longer than this many UTF-16 units are re-analysed after {@link DELAYS.longEdit}. */
const LONG_DOCUMENT = 200_000;

/** Where the session gets open documents' text. */
export interface OpenDocuments {
  get(uri: string): TextDocument | undefined;
  all(): TextDocument[];
}

/** One open document's latest parse and analysis. */
interface OpenState {
  /** Corpus key (canonical URI) of the document. */
  readonly key: string;
  /** Whether the document belongs to the corpus (a file, not an untitled buffer, and not left out by the corpus globs). */
  inCorpus: boolean;
  parsed?: Parsed;
  analysis?: { readonly version: number; readonly findings: readonly Finding[]; readonly partial?: Diagnostic };
  /** The analysis under way, shared by requests for the same version. */
  running?: { readonly version: number; readonly promise: Promise<Analysed | undefined> };
  /** The version whose open is still waiting for its first run. */
  openingVersion?: number;
  /** What decoding the file's bytes on disk says (looked up once, when the text shows U+FFFD). */
  encodingNotice?: Promise<Diagnostic | undefined>;
}

/** A version of an open document, parsed, or the notice that says why it is not analysed. */
type Parsed =
  | { readonly version: number; readonly doc: SeedDocument }
  | { readonly version: number; readonly doc: null; readonly notice: Diagnostic };

/** The outcome of analysing a version: findings, or one notice instead. */
type Analysed =
  | { readonly version: number; readonly doc: SeedDocument; readonly findings: readonly Finding[]; readonly analyzer: Analyzer; readonly partial?: Diagnostic }
  | { readonly version: number; readonly doc: null; readonly notice: Diagnostic };

/** An open document's version and text now, and its latest analysis (see {@link ReviewSession.currentAnalysis}). */
export interface CurrentAnalysis {
  readonly version: number;
  readonly text: string;
  readonly analysis?: { readonly version: number; readonly doc: SeedDocument; readonly findings: readonly Finding[] };
}

/** Behaviour of the language server, independent of how requests arrive. */
export class ReviewSession {
  private readonly corpus = new WorkspaceCorpus();
  /** The corpus globs and outlet map last bound (see {@link useWorkspaceSettings}). */
  private scopeFingerprint = DEFAULT_SCOPE.fingerprint;
  private readonly open = new Map<string, OpenState>();
  private readonly debouncer: Debouncer;
  private readonly disk: DiskCorpus;
  private readonly events: CorpusEvents;
  /** Busy/idle and counts for the editor's status item. */
  readonly status: StatusReporter;
  /** Events found when the index last settled (counting them groups the index, so not on every change). */
  private eventCount = 0;
  /** Counts the event index's settled changes, so the editor knows when to fetch the coverage again. */
  private eventRevision = 0;
  private disposed = false;

  constructor(
    private readonly connection: Connection,
    private readonly documents: OpenDocuments,
    private readonly settings: SettingsStore,
    private readonly eventServices: EventServices,
    sendStatus: (status: ServerStatus) => void = () => undefined,
    private readonly budget: AnalysisBudget = DEFAULT_BUDGET,
  ) {
    this.status = new StatusReporter({ counts: () => ({ documents: this.corpus.size, events: this.eventCount, revision: this.eventRevision }), send: sendStatus });
    this.debouncer = new Debouncer((uri) => detached(connection, `analysing ${uri}`, () => this.refresh(uri)));
    this.events = new CorpusEvents(
      {
        get: (key) => this.corpus.get(key),
        keys: () => this.corpus.uris(),
        view: this.corpus.view,
        analyzer: (key) => this.settings.analyzer(settingsScope(key, this.disk.workspaceRoots)),
        engineSettings: (key) => this.settings.engineSettings(settingsScope(key, this.disk.workspaceRoots)),
        corpusKeys: () => this.corpus.exportKeys(),
      },
      {
        changed: () => {
          this.eventCount = this.events.events.events().length;
          this.eventRevision++;
          this.status.changed();
          eventServices.refreshLenses();
        },
        log: (message) => connection.console.log(message), cancelled: () => this.disposed },
    );
    this.disk = new DiskCorpus(connection, this.corpus, {
      changed: (before, after) => {
        this.scheduleNeighbours(before, after);
        const key = after?.uri ?? before?.uri;
        if (key !== undefined) {
          this.events.documentChanged(key);
        }
        this.status.changed();
      },
      fileTouched: (key) => this.forgetEncoding(key),
      cancelled: () => this.disposed,
    });
  }

  /**
   * Reads every seed under the given workspace folders into the corpus, refreshes open
   * documents, then links the corpus's events in the background (open documents first).
   */
  async indexFolders(folderUris: readonly string[], progress: CountedProgress): Promise<void> {
    await this.useWorkspaceSettings(folderUris);
    await this.status.during('reading', () => this.disk.addFolders(folderUris, progress));
    await Promise.all(
      [...this.open.keys()].map((uri) => {
        this.debouncer.cancel(uri);
        return this.refresh(uri).catch((error: unknown) => logError(this.connection, `analysing ${uri}`, error));
      }),
    );
    await this.status.during('linking', async () => this.events.indexAll(await this.eventServices.beginProgress('linking events across the corpus')));
  }

  /**
   * Drops the seeds read from disk and every document's events, then reads the workspace
   * folders and links their events again; open documents keep their editor text.
   */
  async reindexCorpus(progress: CountedProgress): Promise<{ documents: number; events: number }> {
    const folders = this.disk.workspaceRoots.map(pathToUri);
    for (const key of this.corpus.uris()) {
      this.events.remove(key);
    }
    this.disk.removeFolders(folders);
    await this.indexFolders(folders, progress);
    this.eventCount = this.events.events.events().length;
    this.status.changed();
    return { documents: this.corpus.size, events: this.eventCount };
  }

  /** Which outlets report which events, and which documents no other outlet covers. */
  eventCoverage(): EventCoverage {
    const keys = this.corpus.uris();
    return eventCoverage(this.events.events.events(), keys, (key) => this.events.indexedDocument(key) ?? this.corpus.get(key));
  }

  /** Drops the seeds of removed workspace folders (open documents stay). */
  removeFolders(folderUris: readonly string[]): void {
    this.disk.removeFolders(folderUris);
    this.refreshAll(DELAYS.neighbour);
  }

  /** A document was opened: analyse it at once. */
  opened(document: TextDocument): void {
    const key = canonicalUri(document.uri);
    this.open.set(document.uri, { key, inCorpus: this.belongsToCorpus(key), openingVersion: document.version });
    this.debouncer.schedule(document.uri, DELAYS.open, true);
  }

  /** A document's text changed: analyse it once typing pauses. */
  changed(document: TextDocument): void {
    const state = this.open.get(document.uri);
    if (state?.openingVersion === document.version) {
      return; // the open notification's own content event
    }
    const delay = document.getText().length > LONG_DOCUMENT ? DELAYS.longEdit : DELAYS.edit;
    this.debouncer.schedule(document.uri, delay, true);
  }

  /** A document was closed: clear its diagnostics and fall back to its disk content. */
  async closed(uri: string): Promise<void> {
    this.debouncer.cancel(uri);
    this.settings.forget(uri);
    const state = this.open.get(uri);
    this.open.delete(uri);
    this.publish(uri, undefined, []);
    if (!state?.inCorpus) {
      return;
    }
    await this.disk.reload(state.key);
  }

  /** Files changed on disk (watched-files notification): update the corpus and affected open documents. */
  filesChanged(changes: readonly FileEvent[]): Promise<void> {
    return this.disk.filesChanged(changes);
  }

  /** Settings changed: re-analyse every open document. */
  configurationChanged(): void {
    this.settings.clear();
    this.eventServices.codeLens.clear();
    this.eventServices.refreshLenses();
    this.refreshAll(DELAYS.open);
    detached(this.connection, 'applying the corpus settings', async () => {
      if (await this.useWorkspaceSettings([])) {
        await this.reindexCorpus(await this.eventServices.beginProgress('re-reading the workspace folders for the new corpus settings'));
      }
    });
  }

  /**
   * Binds the corpus globs and outlet map (`corpus.*`, `outlets`) to the disk reader and the
   * corpus for the current workspace folders. Returns whether they differ from the last ones,
   * in which case open documents are parsed afresh (their outlet may have changed).
   */
  private async useWorkspaceSettings(folderUris: readonly string[]): Promise<boolean> {
    const added = folderUris.map(uriToPath).filter((p): p is string => p !== undefined);
    const scope = await this.settings.workspace([...new Set([...this.disk.workspaceRoots, ...added])]);
    this.disk.accepts = (path) => scope.accepts(path);
    this.corpus.applyOutlet = (doc) => scope.applyOutlet(doc, uriToPath(doc.uri));
    if (scope.fingerprint === this.scopeFingerprint) {
      return false;
    }
    this.scopeFingerprint = scope.fingerprint;
    for (const state of this.open.values()) {
      delete state.parsed;
      const inCorpus = this.belongsToCorpus(state.key);
      if (state.inCorpus && !inCorpus) {
        this.corpus.release(state.key);
        this.events.remove(state.key);
      }
      state.inCorpus = inCorpus;
    }
    return true;
  }

  /** Whether an open document is part of the corpus: a file, and not left out by `corpus.include`/`corpus.exclude`. */
  private belongsToCorpus(key: string): boolean {
    const path = uriToPath(key);
    return path !== undefined && this.disk.accepts(path);
  }

  /** Hover: explains the findings under the cursor, or `null`. */
  async hover(uri: string, position: Position, token?: CancellationToken): Promise<Hover | null> {
    const analysed = await this.analyse(uri, true, token);
    if (!analysed?.doc) {
      return null;
    }
    const { doc, findings, analyzer } = analysed;
    const offset = doc.lineMap.offsetAt(position);
    const here = findingsAt(findings, offset);
    const named = sourceAt(sourcesOf(doc, findings), offset);
    const linked = this.linkedAt(uri, doc, findings, offset);
    if (here.length === 0 && !named && !linked) {
      return null;
    }
    const parts = here.length > 0 ? [hoverMarkdown(doc, here, { rule: (id) => analyzer.rule(id), corpus: this.corpus.view, roots: this.disk.workspaceRoots })] : [];
    if (named) {
      parts.push(sourceHoverMarkdown(doc, named.source));
    }
    if (linked) {
      parts.push(linked.markdown);
    }
    const value = parts.join('\n\n---\n\n');
    return { contents: { kind: MarkupKind.Markdown, value }, range: toLspRange(doc.lineMap, here[0] ?? named?.mention ?? linked!.span) };
  }

  /** CodeLenses "reported by N other outlets" above the sentences other documents report too (none when the setting is off). */
  async codeLenses(uri: string, token?: CancellationToken): Promise<CodeLens[]> {
    if (!(await this.eventServices.codeLens.enabled(uri))) {
      return [];
    }
    const analysed = await this.analyse(uri, true, token);
    const state = this.open.get(uri);
    if (!analysed?.doc || !state?.inCorpus) {
      return [];
    }
    this.events.setAnalysed(analysed.doc, analysed.findings);
    return eventLenses(analysed.doc, this.events.events.events());
  }

  /** The events and reprints at `offset` of an open corpus document, indexing its current version first if need be. */
  private linkedAt(uri: string, doc: SeedDocument, findings: readonly Finding[], offset: number): ReturnType<typeof eventHover> {
    const state = this.open.get(uri);
    if (!state?.inCorpus) {
      return undefined;
    }
    this.events.setAnalysed(doc, findings);
    return eventHover(this.events.events.mentionsAt(state.key, offset), this.events.reprints.reprintsAt(state.key, offset), this.disk.workspaceRoots);
  }

  /**
   * For code actions: the analysis of an open document (the current version's, waited for when
   * under way) with the version it was computed for, and the document's version and text now.
   * The analysis is absent when the document could not be analysed or the request was cancelled.
   */
  async currentAnalysis(uri: string, token?: CancellationToken): Promise<CurrentAnalysis | undefined> {
    const analysed = await this.analyse(uri, true, token);
    const document = this.documents.get(uri);
    if (!document) {
      return undefined;
    }
    const analysis = analysed?.doc ? { version: analysed.version, doc: analysed.doc, findings: analysed.findings } : undefined;
    return { version: document.version, text: document.getText(), ...(analysis ? { analysis } : {}) };
  }

  /** Document symbols: "who said what", each source with its statements (none for an unknown document). */
  async symbols(uri: string, token?: CancellationToken): Promise<DocumentSymbol[]> {
    const analysed = await this.analyse(uri, true, token);
    return analysed?.doc ? sourceSymbols(analysed.doc, sourcesOf(analysed.doc, analysed.findings)) : [];
  }

  /** Folding ranges of an open document. */
  folding(uri: string): FoldingRange[] {
    const document = this.documents.get(uri);
    const state = this.open.get(uri);
    const doc = document && state ? this.parse(document, state).doc : null;
    return doc ? foldingRanges(doc) : [];
  }

  /** Stops timers and indexing (shutdown). */
  dispose(): void {
    this.disposed = true;
    this.debouncer.dispose();
    this.events.dispose();
    this.status.dispose();
  }

  /** Analyses one open document and publishes its diagnostics. */
  private async refresh(uri: string): Promise<void> {
    const analysed = await this.analyse(uri);
    const document = this.documents.get(uri);
    if (!document || !analysed || analysed.version !== document.version) {
      return; // closed, or edited meanwhile: that edit scheduled its own run
    }
    const state = this.open.get(uri);
    if (state) {
      delete state.openingVersion;
    }
    const diagnostics = analysed.doc ? analysed.findings.map((f) => toDiagnostic(analysed.doc.lineMap, f)) : [analysed.notice];
    if (analysed.doc && analysed.partial) {
      diagnostics.unshift(analysed.partial);
    }
    const encoding = state ? await this.encodingNotice(state, document) : undefined;
    if (this.documents.get(uri)?.version !== analysed.version) {
      return;
    }
    this.publish(uri, document.version, encoding ? [encoding, ...diagnostics] : diagnostics);
    if (state?.inCorpus) {
      if (analysed.doc) {
        this.events.setAnalysedSoon(analysed.doc, analysed.findings);
      } else {
        this.events.remove(state.key);
      }
    }
  }

  /**
   * A notice when the editor shows replacement characters (U+FFFD) for a file whose bytes
   * are legacy Cyrillic or binary: the editor decoded it as UTF-8, so the findings are unreliable.
   */
  private encodingNotice(state: OpenState, document: TextDocument): Promise<Diagnostic | undefined> {
    const path = uriToPath(state.key);
    if (path === undefined || !document.getText().includes('\uFFFD')) {
      return Promise.resolve(undefined);
    }
    state.encodingNotice ??= readEncoding(path).then((note) =>
      note === undefined ? undefined : noticeDiagnostic(ENCODING_CODE, encodingMessage(note)),
    );
    return state.encodingNotice;
  }

  /**
   * The current version's findings. With `reuse`, the findings last published for this
   * version (or the analysis of it under way) are returned as they are: a hover explains what
   * the user sees. A failing analysis is logged and becomes a notice, never an exception; a
   * cancelled request stops waiting and gets `undefined`.
   */
  private async analyse(uri: string, reuse = false, token?: CancellationToken): Promise<Analysed | undefined> {
    const analyzer = await this.settings.analyzer(uri);
    const document = this.documents.get(uri);
    const state = this.open.get(uri);
    if (!document || !state || token?.isCancellationRequested) {
      return undefined;
    }
    const version = document.version;
    const parsed = this.parse(document, state);
    if (!parsed.doc) {
      return parsed;
    }
    const cached = reuse && state.analysis?.version === version ? state.analysis : undefined;
    if (cached) {
      return { version, doc: parsed.doc, findings: cached.findings, analyzer, ...(cached.partial ? { partial: cached.partial } : {}) };
    }
    if (reuse && state.running?.version === version) {
      return unlessCancelled(state.running.promise, token);
    }
    const promise = this.compute(uri, state, parsed.doc, analyzer, version);
    state.running = { version, promise };
    const done = () => {
      if (state.running?.promise === promise) {
        delete state.running;
      }
    };
    promise.then(done, done);
    return unlessCancelled(promise, token);
  }

  /** Runs the rules on one version under the time budget; `undefined` when the version went stale meanwhile. */
  private async compute(uri: string, state: OpenState, doc: SeedDocument, analyzer: Analyzer, version: number): Promise<Analysed | undefined> {
    const length = doc.text.length;
    const stale = () => this.disposed || this.open.get(uri) !== state || this.documents.get(uri)?.version !== version;
    if (length >= this.budget.stepwiseChars) {
      this.connection.console.log(`Source Review: analysing ${uri} (${length} characters) rule by rule, answering other requests meanwhile`);
    }
    let outcome: BudgetedOutcome;
    try {
      outcome = await runBudgeted(analyzer.start(doc, this.corpus.view), { budget: this.budget, length, stale });
    } catch (error) {
      logError(this.connection, `analysing ${uri}`, error);
      return { version, doc: null, notice: noticeDiagnostic(FAILED_CODE, failedMessage('analysis', error)) };
    }
    if (outcome.kind === 'abandoned') {
      return undefined;
    }
    const { findings } = outcome;
    if (outcome.kind === 'partial') {
      const partial: Diagnostic = { ...noticeDiagnostic(PARTIAL_CODE, partialMessage(this.budget, outcome.skipped)), severity: DiagnosticSeverity.Warning };
      this.connection.console.log(`Source Review: ${uri}: time budget ran out; skipped ${outcome.skipped.join(', ')}`);
      state.analysis = { version, findings, partial };
      return { version, doc, findings, analyzer, partial };
    }
    state.analysis = { version, findings };
    return { version, doc, findings, analyzer };
  }

  /** Parses the document's current version once, keeping the corpus and its neighbours current. */
  private parse(document: TextDocument, state: OpenState): Parsed {
    if (state.parsed?.version === document.version) {
      return state.parsed;
    }
    const text = document.getText();
    const before = state.inCorpus ? this.corpus.get(state.key) : undefined;
    let parsed: Parsed;
    if (text.length > MAX_ANALYSED_CHARS) {
      parsed = { version: document.version, doc: null, notice: noticeDiagnostic(TOO_LARGE_CODE, tooLargeMessage(text.length)) };
    } else {
      try {
        parsed = { version: document.version, doc: this.corpus.applyOutlet(parseSeed(state.key, text)) };
      } catch (error) {
        logError(this.connection, `parsing ${document.uri}`, error);
        parsed = { version: document.version, doc: null, notice: noticeDiagnostic(FAILED_CODE, failedMessage('parsing', error)) };
      }
    }
    state.parsed = parsed;
    if (state.inCorpus) {
      if (parsed.doc) {
        this.corpus.setOpen(parsed.doc);
      } else {
        this.corpus.clearOpen(state.key);
      }
      this.scheduleNeighbours(before, parsed.doc ?? undefined, document.uri);
    }
    return parsed;
  }

  /** Re-analyses open documents holding a line that one version of a changed document has and the other lacks. */
  private scheduleNeighbours(before: SeedDocument | undefined, after: SeedDocument | undefined, self?: string): void {
    if (this.open.size === 0) {
      return;
    }
    const keys = this.corpus.documentsAffectedBy(before, after);
    for (const [uri, state] of this.open) {
      if (uri !== self && keys.has(state.key)) {
        this.debouncer.schedule(uri, DELAYS.neighbour);
      }
    }
  }

  private refreshAll(delay: number): void {
    for (const uri of this.open.keys()) {
      this.debouncer.schedule(uri, delay);
    }
  }

  private publish(uri: string, version: number | undefined, diagnostics: Diagnostic[]): void {
    this.connection
      .sendDiagnostics(version === undefined ? { uri, diagnostics } : { uri, version, diagnostics })
      .catch((error: unknown) => logError(this.connection, `publishing diagnostics for ${uri}`, error));
  }

  /** The file's bytes changed: its encoding is looked up afresh. */
  private forgetEncoding(key: string): void {
    for (const state of this.open.values()) {
      if (state.key === key) {
        delete state.encodingNotice;
      }
    }
  }
}
