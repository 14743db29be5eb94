/**
 * "Source Review: Export Clean Corpus": asks for an output folder, has the server export the
 * workspace seeds there (`sourceReview/exportCorpus`), and offers to open or reveal the result.
 * A refused folder gets the server's reason; a non-empty one can be confirmed and replaced.
 */
import { commands, ProgressLocation, Uri, window, workspace, type ExtensionContext } from 'vscode';
import { RequestType, type LanguageClient } from 'vscode-languageclient/node';
import type { ExportCorpusParams, ExportCorpusResult } from '../../server/src/lsp/exportCorpus';

/** The command's id (package.json `contributes.commands`). */
export const EXPORT_COMMAND = 'sourceReview.exportCorpus';

/** Client → server: export the workspace corpus. */
export const ExportCorpusRequest = new RequestType<ExportCorpusParams, ExportCorpusResult | null, void>('sourceReview/exportCorpus');

/**
 * Registers the command. `client` gives the current language client (it changes on restart).
 * The command takes an optional output folder URI (for tests and keybindings); without one it
 * asks with a folder picker.
 */
export function registerExportCommand(context: ExtensionContext, client: () => LanguageClient | undefined): void {
  context.subscriptions.push(
    commands.registerCommand('sourceReview.exportCorpus', async (target?: Uri): Promise<ExportCorpusResult | undefined> => {
      const running = client();
      if (!running?.isRunning()) {
        void window.showWarningMessage('Source Review: the language server is not running; restart it first.');
        return undefined;
      }
      const out = target ?? (await pickFolder());
      if (out === undefined) {
        return undefined;
      }
      let result = await exportWithProgress(running, { outUri: out.toString() });
      if (result?.ok === false && result.reason === 'not-empty') {
        const replace = 'Replace Files';
        const answer = await window.showWarningMessage(
          `The folder ${out.fsPath} is not empty. Export into it anyway, replacing files of the same name? Other files are left as they are.`,
          { modal: true },
          replace,
        );
        if (answer !== replace) {
          return result;
        }
        result = await exportWithProgress(running, { outUri: out.toString(), force: true });
      }
      if (result === null) {
        void window.showErrorMessage('Source Review: the export failed; see the "Source Review" output.');
        return undefined;
      }
      if (!result.ok) {
        void window.showErrorMessage(`Source Review: ${result.message}`);
        return result;
      }
      void announce(result);
      return result;
    }),
  );
}

async function pickFolder(): Promise<Uri | undefined> {
  const first = workspace.workspaceFolders?.[0]?.uri;
  const picked = await window.showOpenDialog({
    canSelectFiles: false,
    canSelectFolders: true,
    canSelectMany: false,
    openLabel: 'Export Here',
    title: 'Export Clean Corpus: choose a folder outside the workspace',
    ...(first !== undefined ? { defaultUri: Uri.joinPath(first, '..') } : {}),
  });
  return picked?.[0];
}

function exportWithProgress(client: LanguageClient, params: ExportCorpusParams): Thenable<ExportCorpusResult | null> {
  return window.withProgress({ location: ProgressLocation.Notification, title: 'Source Review: exporting the clean corpus…' }, () =>
    client.sendRequest(ExportCorpusRequest, params),
  );
}

async function announce(result: Extract<ExportCorpusResult, { ok: true }>): Promise<void> {
  const out = Uri.parse(result.outUri);
  const failed = result.failed.length > 0 ? ` ${result.failed.length} file(s) could not be exported (see the "Source Review" output).` : '';
  const message =
    `Source Review: exported ${result.documents} document(s) to ${out.fsPath}: clean texts, annotations.jsonl and annotations.jsonld ` +
    `(${result.tags} tag(s) and ${result.findings} finding(s) kept; ${result.removedFindings} finding(s) removed with their text).${failed}`;
  const openFolder = 'Open Folder';
  const reveal = 'Reveal';
  const show = result.failed.length > 0 ? window.showWarningMessage : window.showInformationMessage;
  const choice = await show(message, openFolder, reveal);
  if (choice === openFolder) {
    await commands.executeCommand('vscode.openFolder', out, { forceNewWindow: true });
  } else if (choice === reveal) {
    await commands.executeCommand('revealFileInOS', Uri.parse(result.annotationsUri));
  }
}
