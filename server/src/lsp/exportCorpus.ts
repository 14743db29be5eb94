/**
 * The `sourceReview/exportCorpus` request: exports the workspace's seeds (as the server finds
 * them: the contract's path rules, `corpus.include`/`corpus.exclude`) with the CLI's export
 * code into a folder outside every workspace folder, yielding between documents so the server
 * keeps answering. Files are read from disk: unsaved edits are not exported. Settings (rules, outlet map) are those of the first workspace folder.
 */
import { relative, sep } from 'node:path';
import { RequestType, type Connection } from 'vscode-languageserver';
import { exportSeedsYielding, ExportRefusal, type RefusalReason } from '../cli/exportWriter.js';
import { parseSettings } from '../settings/schema.js';
import { WorkspaceScope } from '../settings/scope.js';
import { beginProgress } from './progress.js';
import { findSeedFiles } from './seedFiles.js';
import { SETTINGS_SECTION } from './settingsStore.js';
import { isInside, pathToUri, uriToPath } from './uris.js';

/** Parameters of the request. */
export interface ExportCorpusParams {
  /** The output folder (a `file:` URI); created when missing. */
  readonly outUri: string;
  /** Write into a non-empty folder, replacing files of the same name. */
  readonly force?: boolean;
}

/** The answer: what was written, or why nothing was. */
export type ExportCorpusResult =
  | {
      readonly ok: true;
      readonly outUri: string;
      readonly documents: number;
      readonly failed: readonly { readonly path: string; readonly error: string }[];
      readonly tags: number;
      readonly findings: number;
      readonly removedTags: number;
      readonly removedFindings: number;
      readonly annotationsUri: string;
    }
  | { readonly ok: false; readonly reason: RefusalReason | 'no-workspace' | 'not-a-file-uri'; readonly message: string };

/** Client → server: export the workspace corpus. */
export const ExportCorpusRequest = new RequestType<ExportCorpusParams, ExportCorpusResult | null, void>('sourceReview/exportCorpus');

/** What the handler needs to know of the client and the workspace. */
export interface ExportContext {
  /** Workspace folder URIs from `initialize`, used when the client cannot list the current ones. */
  readonly folders: readonly string[];
  /** Whether the client answers `workspace/workspaceFolders`. */
  readonly listsFolders: boolean;
  /** Whether the client answers `workspace/configuration`. */
  readonly configuration: boolean;
  /** Whether the client shows server-initiated work-done progress. */
  readonly progress?: boolean;
}

/** The request handler; `context` is read at each request. */
export function exportCorpusHandler(connection: Connection, context: () => ExportContext): (params: ExportCorpusParams) => Promise<ExportCorpusResult> {
  return async (params) => {
    const out = uriToPath(params.outUri);
    if (out === undefined) {
      return { ok: false, reason: 'not-a-file-uri', message: `The output folder must be on this computer's file system (got ${params.outUri}).` };
    }
    const folderUris = await currentFolders(connection, context());
    const folders = folderUris.map(uriToPath).filter((p): p is string => p !== undefined);
    if (folders.length === 0) {
      return { ok: false, reason: 'no-workspace', message: 'Open a folder with seeds first: the export reads the workspace folders.' };
    }
    const raw = context().configuration
      ? await connection.workspace.getConfiguration({ scopeUri: folderUris[0]!, section: SETTINGS_SECTION }).catch(() => undefined)
      : undefined;
    const { settings, workspace } = parseSettings(raw);
    const scope = new WorkspaceScope(workspace, folders);
    const files: string[] = [];
    for (const folder of folders) {
      files.push(...(await findSeedFiles(folder)).files.filter((f) => scope.accepts(f)));
    }
    const label = (path: string): string => {
      const root = folders.find((f) => isInside(f, path));
      const rel = root === undefined ? path : relative(root, path);
      const prefix = folders.length > 1 && root !== undefined ? `${root.split(sep).pop()}/` : '';
      return prefix + rel.split(sep).join('/');
    };
    const progress = await beginProgress(connection, context().progress === true, 'Source Review: exporting the clean corpus', `${files.length} seeds`);
    try {
      const summary = await exportSeedsYielding(
        {
          paths: files,
          out,
          sourceFolders: folders,
          ...(folders.length === 1 ? { base: folders[0]! } : {}),
          force: params.force === true,
          settings,
          scope,
          label,
        },
        {
          error: (path, message) => connection.console.warn(`Export: ${path}: ${message}`),
          note: (path, message) => connection.console.log(`Export: ${path}: ${message}`),
        },
        (done, total) => progress.report(done, total, `${done} of ${total} seeds`),
      );
      return {
        ok: true,
        outUri: pathToUri(summary.out),
        documents: summary.written.length,
        failed: summary.failed.map((f) => ({ path: label(f.path), error: f.error })),
        tags: summary.tags,
        findings: summary.findings,
        removedTags: summary.removedTags,
        removedFindings: summary.removedFindings,
        annotationsUri: pathToUri(`${summary.out}${sep}annotations.jsonl`),
      };
    } catch (error) {
      if (error instanceof ExportRefusal) {
        return { ok: false, reason: error.reason, message: error.message };
      }
      throw error;
    } finally {
      progress.end();
    }
  };
}

async function currentFolders(connection: Connection, context: ExportContext): Promise<readonly string[]> {
  if (context.listsFolders) {
    try {
      const listed = await connection.workspace.getWorkspaceFolders();
      if (listed !== null) {
        return listed.map((f) => f.uri);
      }
    } catch {
      // Fall back to the folders of `initialize`.
    }
  }
  return context.folders;
}
