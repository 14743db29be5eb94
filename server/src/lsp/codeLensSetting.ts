/** The `sourceReview.codeLens.enabled` setting per document, read from the client and cached until the configuration changes. */
import type { Connection } from 'vscode-languageserver';
import { codeLensEnabled } from '../settings/schema.js';
import { SETTINGS_SECTION } from './settingsStore.js';

/** Whether CodeLenses are wanted for a document. */
export class CodeLensSetting {
  private readonly cache = new Map<string, Promise<boolean>>();

  /** @param supported whether the client answers `workspace/configuration` */
  constructor(
    private readonly connection: Connection,
    private readonly supported: boolean,
  ) {}

  /** The setting for the document at `uri` (true when the client has no configuration). */
  enabled(uri: string): Promise<boolean> {
    if (!this.supported) {
      return Promise.resolve(true);
    }
    let pending = this.cache.get(uri);
    if (!pending) {
      pending = this.connection.workspace.getConfiguration({ scopeUri: uri, section: SETTINGS_SECTION }).then(codeLensEnabled, () => true);
      this.cache.set(uri, pending);
    }
    return pending;
  }

  /** Forgets cached values (the configuration changed). */
  clear(): void {
    this.cache.clear();
  }
}
