/** The test workspace as the suite sees it: its seeds, their lines, the extension under test. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, diagnosticsWhere } from './waitFor';

/** The id of the extension under test (`publisher.name` of the root package.json). */
export const EXTENSION_ID = 'source-review.source-review';

/** The source every diagnostic of the extension carries. */
export const DIAGNOSTIC_SOURCE = 'source-review';

/** The categories of findings of the outside contract. */
export type Category = 'boilerplate' | 'comment' | 'unattributed-claim' | 'vague-attribution' | 'tag';

/** The single folder the runners open: a throwaway copy of `test/vscode/workspace`. */
export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the runner opens the test workspace as a folder');
  return folder.uri;
}

/** A file of the test workspace by its relative path. */
export function workspaceFile(relativePath: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), ...relativePath.split('/'));
}

/** Opens a workspace file as a text document and shows it in an editor, as a user would. */
export async function openSeed(relativePath: string): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(workspaceFile(relativePath));
  await vscode.window.showTextDocument(document, { preview: false });
  return document;
}

/** The 0-based line of the only line of `document` containing `fragment`. */
export function lineOf(document: vscode.TextDocument, fragment: string): number {
  const found: number[] = [];
  for (let line = 0; line < document.lineCount; line++) {
    if (document.lineAt(line).text.includes(fragment)) {
      found.push(line);
    }
  }
  assert.equal(found.length, 1, `exactly one line of ${document.uri.path} contains "${fragment}"`);
  return found[0]!;
}

/** The category of a diagnostic of this extension: its rule id is `category/name`. */
export function categoryOf(diagnostic: vscode.Diagnostic): string {
  return codeOf(diagnostic).split('/')[0] ?? '';
}

/** The extension's diagnostics of `category` that cover any part of `line`. */
export function findingsOnLine(diagnostics: readonly vscode.Diagnostic[], line: number, category: Category): vscode.Diagnostic[] {
  return diagnostics.filter(
    (d) => d.source === DIAGNOSTIC_SOURCE && categoryOf(d) === category && d.range.start.line <= line && line <= d.range.end.line,
  );
}

/** Waits until the extension has published at least one finding of `category` for `document`. */
export function findingsOf(document: vscode.TextDocument, category: Category): Promise<readonly vscode.Diagnostic[]> {
  return diagnosticsWhere(
    document.uri,
    (diagnostics) => diagnostics.some((d) => d.source === DIAGNOSTIC_SOURCE && categoryOf(d) === category),
    `a ${category} finding`,
  );
}
