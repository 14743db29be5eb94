/**
 * Keeps the workspace corpus in step with the seeds on disk: workspace folders read at
 * start-up (and when added), watched file changes, and documents falling back to disk on close.
 */
import type { Connection, FileEvent } from 'vscode-languageserver';
import { FileChangeType } from 'vscode-languageserver';
import { isSeedPath, type SeedDocument } from '../engine/index.js';
import { indexSeeds, readSeed } from './diskSeeds.js';
import type { CountedProgress } from './progress.js';
import { findSeedFiles } from './seedFiles.js';
import { canonicalUri, isInside, slashPath, uriToPath } from './uris.js';
import type { WorkspaceCorpus } from './workspaceCorpus.js';

/** What the disk side tells the rest of the server. */
export interface DiskCorpusEvents {
  /** A corpus entry changed from `before` to `after` (either may be missing). */
  changed(before: SeedDocument | undefined, after: SeedDocument | undefined): void;
  /** The bytes of the file with this canonical URI changed on disk. */
  fileTouched(key: string): void;
  /** Whether the server is shutting down (stop reading). */
  cancelled(): boolean;
}

/** The disk side of the corpus. */
export class DiskCorpus {
  private roots: string[] = [];
  /** Whether a seed file belongs to the corpus (the `corpus.include`/`corpus.exclude` settings; set by the session). */
  accepts: (path: string) => boolean = () => true;

  constructor(
    private readonly connection: Connection,
    private readonly corpus: WorkspaceCorpus,
    private readonly events: DiskCorpusEvents,
  ) {}

  /** Workspace folder paths. */
  get workspaceRoots(): readonly string[] {
    return this.roots;
  }

  /** Reads every seed under the given workspace folders into the corpus, reporting progress. */
  async addFolders(folderUris: readonly string[], progress: CountedProgress): Promise<void> {
    const roots = folderUris.map(uriToPath).filter((p): p is string => p !== undefined);
    this.roots = [...new Set([...this.roots, ...roots])];
    try {
      const paths: string[] = [];
      for (const root of roots) {
        const found = await findSeedFiles(root);
        paths.push(...found.files.filter((path) => this.accepts(path)));
        if (found.truncated) {
          this.connection.console.warn(`Source Review: stopped searching ${root} for seeds at a depth or count limit.`);
        }
      }
      const indexed = await indexSeeds(paths, {
        corpus: this.corpus,
        progress,
        log: (message) => this.connection.console.log(message),
        cancelled: () => this.events.cancelled(),
      });
      this.connection.console.log(`Source Review: indexed ${indexed} of ${paths.length} seeds in ${roots.length} folder(s).`);
    } finally {
      progress.end();
    }
  }

  /** Drops the seeds of removed workspace folders (open documents stay). */
  removeFolders(folderUris: readonly string[]): void {
    const removed = folderUris.map(uriToPath).filter((p): p is string => p !== undefined);
    this.roots = this.roots.filter((r) => !removed.includes(r));
    let count = 0;
    for (const root of removed) {
      count += this.deleteUnder(root);
    }
    this.connection.console.log(`Source Review: workspace folders changed: ${count} seed(s) of ${removed.length} removed folder(s) dropped.`);
  }

  /** Files changed on disk (watched-files notification): updates their corpus entries. */
  async filesChanged(changes: readonly FileEvent[]): Promise<void> {
    let updated = 0;
    let removed = 0;
    for (const change of changes) {
      const path = uriToPath(change.uri);
      if (path === undefined) {
        continue;
      }
      const key = canonicalUri(change.uri);
      const before = this.corpus.get(key);
      this.events.fileTouched(key);
      if (change.type === FileChangeType.Deleted) {
        if (this.corpus.deleteFromDisk(key)) {
          removed++;
          this.events.changed(before, undefined);
        }
        removed += this.deleteUnder(path); // a deleted folder takes its seeds with it
        continue;
      }
      if (!isSeedPath(slashPath(path)) || !this.accepts(path)) {
        continue;
      }
      const seed = await readSeed(path);
      if (seed.ok) {
        if (this.corpus.setFromDisk(seed.doc)) {
          updated++;
          this.events.changed(before, seed.doc);
        }
      } else {
        this.connection.console.log(`${path}: not indexed: ${seed.reason}`);
        if (this.corpus.deleteFromDisk(key)) {
          removed++;
          this.events.changed(before, undefined);
        }
      }
    }
    this.connection.console.log(`Source Review: corpus updated from disk: ${updated} seed(s) read, ${removed} removed; ${this.corpus.size} in the corpus.`);
  }

  /** A document closed: its entry is the file on disk again, if that is a seed of a workspace folder. */
  async reload(key: string): Promise<void> {
    const before = this.corpus.get(key);
    this.corpus.release(key);
    const path = uriToPath(key);
    let after: SeedDocument | undefined;
    if (path !== undefined && isSeedPath(slashPath(path)) && this.roots.some((root) => isInside(root, path)) && this.accepts(path)) {
      const seed = await readSeed(path);
      if (seed.ok && this.corpus.setFromDisk(seed.doc)) {
        after = seed.doc;
      }
    }
    this.events.changed(before, after);
  }

  /** Removes the seeds below `folder` (not open ones); returns how many. */
  private deleteUnder(folder: string): number {
    let removed = 0;
    for (const key of this.corpus.uris()) {
      const path = uriToPath(key);
      const before = this.corpus.get(key);
      if (path !== undefined && path !== folder && isInside(folder, path) && this.corpus.deleteFromDisk(key)) {
        removed++;
        this.events.changed(before, undefined);
      }
    }
    return removed;
  }
}
