/** User settings from the client (`workspace/configuration`, section `sourceReview`), validated. */
import { MessageType, ShowMessageNotification, type Connection } from 'vscode-languageserver';
import { DEFAULT_SETTINGS, createAnalyzer, type Analyzer, type EngineSettings, type Rule } from '../engine/index.js';
import { parseSettings, unknownRuleProblems, type SettingsProblem } from '../settings/schema.js';
import { DEFAULT_SCOPE, WorkspaceScope } from '../settings/scope.js';

/** A document's validated settings and the analyzer made from them. */
interface Configured {
  readonly settings: EngineSettings;
  readonly analyzer: Analyzer;
}

/** The settings section the server reads. */
export const SETTINGS_SECTION = 'sourceReview';

/**
 * Fetches settings per document (so multi-root workspaces can differ), validates them with the
 * shared schema, warns once per bad key, and caches an analyzer per document until the
 * configuration changes. The workspace-wide settings (corpus globs, outlet map; scope
 * `window` in the manifest) are read once for the whole workspace.
 */
export class SettingsStore {
  private readonly cache = new Map<string, Promise<Configured>>();
  private scope: Promise<WorkspaceScope> | undefined;
  private readonly warned = new Set<string>();
  private readonly defaultAnalyzer: Analyzer;

  /**
   * @param supported whether the client answers `workspace/configuration`
   * @param rules a replacement rule registry (embedding and tests); the built-in one by default
   */
  constructor(
    private readonly connection: Connection,
    private readonly supported: boolean,
    private readonly rules?: readonly Rule[],
  ) {
    this.defaultAnalyzer = this.analyzerFor(DEFAULT_SETTINGS);
  }

  /** The analyzer configured for the document at `uri`. */
  async analyzer(uri: string): Promise<Analyzer> {
    return (await this.configured(uri)).analyzer;
  }

  /**
   * The engine settings of the document at `uri`, for an analyzer built elsewhere (a worker
   * thread); `undefined` when this store runs a replacement rule registry, which cannot travel.
   */
  async engineSettings(uri: string): Promise<EngineSettings | undefined> {
    return this.rules ? undefined : (await this.configured(uri)).settings;
  }

  private configured(uri: string): Promise<Configured> {
    if (!this.supported) {
      return Promise.resolve({ settings: DEFAULT_SETTINGS, analyzer: this.defaultAnalyzer });
    }
    let pending = this.cache.get(uri);
    if (!pending) {
      pending = this.fetch(uri);
      this.cache.set(uri, pending);
    }
    return pending;
  }

  /** The corpus filter and outlet map of the workspace, for files under `roots`. */
  async workspace(roots: readonly string[]): Promise<WorkspaceScope> {
    if (!this.supported) {
      return DEFAULT_SCOPE.withRoots(roots);
    }
    this.scope ??= this.connection.workspace.getConfiguration(SETTINGS_SECTION).then(
      (raw: unknown) => {
        const { workspace, problems } = parseSettings(raw);
        this.warn(problems);
        return new WorkspaceScope(workspace);
      },
      (error: unknown) => {
        this.connection.console.warn(`Could not read settings (${String(error)}); using the defaults.`);
        return DEFAULT_SCOPE;
      },
    );
    return (await this.scope).withRoots(roots);
  }

  /** Forgets cached settings (configuration changed) so the next request re-reads them. */
  clear(): void {
    this.cache.clear();
    this.scope = undefined;
    this.warned.clear();
  }

  /** Forgets one document's settings (it closed). */
  forget(uri: string): void {
    this.cache.delete(uri);
  }

  private async fetch(uri: string): Promise<Configured> {
    let raw: unknown;
    try {
      raw = await this.connection.workspace.getConfiguration({ scopeUri: uri, section: SETTINGS_SECTION });
    } catch (error) {
      this.connection.console.warn(`Could not read settings (${String(error)}); using the defaults.`);
      return { settings: DEFAULT_SETTINGS, analyzer: this.defaultAnalyzer };
    }
    const { settings, problems } = parseSettings(raw);
    this.warn([...problems, ...unknownRuleProblems(settings, this.defaultAnalyzer.rules.map((r) => r.id))]);
    return { settings, analyzer: this.analyzerFor(settings) };
  }

  /** Logs and shows each problem once until the configuration changes. */
  private warn(problems: readonly SettingsProblem[]): void {
    for (const problem of problems) {
      if (!this.warned.has(problem.message)) {
        this.warned.add(problem.message);
        this.connection.console.warn(problem.message);
        // A notification, not a request: nothing waits on the user dismissing it.
        this.connection
          .sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: `Source Review: ${problem.message}` })
          .catch(() => undefined);
      }
    }
  }

  private analyzerFor(settings: EngineSettings): Analyzer {
    return createAnalyzer({ settings, ...(this.rules ? { rules: this.rules } : {}) });
  }
}
