/**
 * "Source Review: Tag Selection as…": asks for a tag kind and an optional note, gets the
 * server's "Tag selection as …" refactor for the selection, adds the note to its opening tag
 * and applies it. The server decides where the tag goes (inline or block form) and refuses a
 * selection that cuts through another tag.
 */
import { CodeActionKind, Range, WorkspaceEdit, commands, window, workspace, type CodeAction, type ExtensionContext, type QuickPickItem } from 'vscode';
import { formatOpenTag } from '../../server/src/engine/tags/format';
import { TAG_KINDS, type TagKind } from '../../server/src/engine/tags/types';

/** The code action kind of the server's selection refactors (`TAG_SELECTION_KIND` on the server). */
const TAG_SELECTION_KIND = CodeActionKind.RefactorRewrite.append('tagSelection');

/** What each kind records, for the quick pick. */
const KIND_DETAILS: Readonly<Record<TagKind, string>> = {
  boilerplate: 'Site chrome, not article text: no longer reported as boilerplate',
  comment: 'A reader comment, not article text',
  unattributed: 'A claim with no source: reviewed, no longer reported',
  attributed: 'The reviewer vouches for the source: a false positive',
  note: 'A remark for later; silences nothing',
};

/** Registers the "Tag Selection as…" command. Arguments (for keybindings): a kind, then a note. */
export function registerTagging(context: ExtensionContext): void {
  context.subscriptions.push(
    commands.registerCommand('sourceReview.tagSelection', (kind?: unknown, note?: unknown) =>
      tagSelection(isKind(kind) ? kind : undefined, typeof note === 'string' ? note : undefined),
    ),
  );
}

async function tagSelection(givenKind: TagKind | undefined, givenNote: string | undefined): Promise<boolean> {
  const editor = window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'seed') {
    void window.showInformationMessage('Source Review: open a seed and select the text to tag.');
    return false;
  }
  if (editor.selection.isEmpty) {
    void window.showInformationMessage('Source Review: select the text to tag first.');
    return false;
  }
  const kind = givenKind ?? (await pickKind());
  if (!kind) {
    return false;
  }
  const note = givenNote ?? (givenKind ? '' : await window.showInputBox({ title: `Tag as ${kind}`, prompt: 'Note (optional)', placeHolder: 'e.g. who says so?' }));
  if (note === undefined) {
    return false; // dismissed
  }
  const { document, selection } = editor;
  const version = document.version;
  const actions =
    (await commands.executeCommand<CodeAction[]>('vscode.executeCodeActionProvider', document.uri, new Range(selection.start, selection.end), TAG_SELECTION_KIND.value)) ?? [];
  const action = actions.find((a) => a.title === `Tag selection as ${kind}`);
  if (!action?.edit) {
    void window.showWarningMessage('Source Review: this selection cannot be tagged (it is blank, or it cuts through another tag).');
    return false;
  }
  if (document.version !== version) {
    void window.showWarningMessage('Source Review: the document changed meanwhile; try again.');
    return false;
  }
  return workspace.applyEdit(withNote(action.edit, kind, note.trim()));
}

/** The edit with `note` written into its opening tag (the edit itself when the note is empty). */
function withNote(edit: WorkspaceEdit, kind: TagKind, note: string): WorkspaceEdit {
  if (note === '') {
    return edit;
  }
  const plain = formatOpenTag(kind);
  const out = new WorkspaceEdit();
  for (const [uri, edits] of edit.entries()) {
    for (const e of edits) {
      out.replace(uri, e.range, e.newText.replace(plain, formatOpenTag(kind, note)));
    }
  }
  return out;
}

async function pickKind(): Promise<TagKind | undefined> {
  const items: (QuickPickItem & { tagKind: TagKind })[] = TAG_KINDS.map((k) => ({ label: k, detail: KIND_DETAILS[k], tagKind: k }));
  const picked = await window.showQuickPick(items, { title: 'Tag Selection as…', placeHolder: 'Kind of review tag' });
  return picked?.tagKind;
}

function isKind(value: unknown): value is TagKind {
  return typeof value === 'string' && (TAG_KINDS as readonly string[]).includes(value);
}
