/** The workspace-wide settings the server and CLI apply around the engine: the corpus filter and the outlet map. */
import type { SeedDocument } from '../engine/index.js';
import { CorpusFilter } from './corpusFilter.js';
import { OutletMap } from './outlets.js';
import { globPaths } from './paths.js';
import type { WorkspaceSettings } from './schema.js';

/** `corpus.include`, `corpus.exclude` and `outlets`, compiled, for files under some roots. */
export class WorkspaceScope {
  /** Equal for equal settings: tells whether a configuration change touched the corpus. */
  readonly fingerprint: string;
  private readonly corpus: CorpusFilter;
  private readonly outlets: OutletMap;

  /** @param settings validated settings; @param roots the folders globs are relative to (workspace folders, or folders given to the CLI) */
  constructor(
    settings: WorkspaceSettings,
    private readonly roots: readonly string[] = [],
  ) {
    this.fingerprint = JSON.stringify(settings);
    this.corpus = new CorpusFilter(settings.corpusInclude, settings.corpusExclude);
    this.outlets = new OutletMap(settings.outlets);
  }

  /** The same settings for other roots. */
  withRoots(roots: readonly string[]): WorkspaceScope {
    return new WorkspaceScope(JSON.parse(this.fingerprint) as WorkspaceSettings, roots);
  }

  /** Whether the seed file at `path` (absolute, or relative to the current folder) belongs to the corpus. */
  accepts(path: string): boolean {
    if (this.corpus.everything) {
      return true;
    }
    const paths = globPaths(path, this.roots);
    // Relative to the root it lies in when it lies in one; the absolute path only for files outside every root.
    return this.corpus.accepts(paths[0]!);
  }

  /** The outlet the user mapped the file at `path` with this text to, or `undefined`. */
  outletFor(path: string, text: string): string | undefined {
    return this.outlets.empty ? undefined : this.outlets.resolve(globPaths(path, this.roots), text);
  }

  /** The document with the outlet the user mapped it to, or as it is. `path` is its file path, if it has one. */
  applyOutlet(doc: SeedDocument, path: string | undefined): SeedDocument {
    if (this.outlets.empty) {
      return doc;
    }
    return this.outlets.apply(doc, path === undefined ? [] : globPaths(path, this.roots));
  }
}

/** No filter and no outlet map. */
export const DEFAULT_SCOPE = new WorkspaceScope({ outlets: [], corpusInclude: [], corpusExclude: [] });
