/**
 * Waiting on real editor state: diagnostics change events, extension state. Every wait has
 * a bound so a broken product fails the test instead of hanging it; none is a fixed sleep.
 */
import * as vscode from 'vscode';

/** How long a wait may take before the test fails, in milliseconds (cold starts on CI are slow). */
export const WAIT_BOUND_MS = 45_000;

/**
 * Resolves with the diagnostics of `uri` as soon as they satisfy `accept`: checked at once,
 * then on every `onDidChangeDiagnostics` event that names `uri`.
 */
export function diagnosticsWhere(
  uri: vscode.Uri,
  accept: (diagnostics: readonly vscode.Diagnostic[]) => boolean,
  what: string,
  boundMs = WAIT_BOUND_MS,
): Promise<readonly vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const key = uri.toString();
    const settle = (): boolean => {
      const current = vscode.languages.getDiagnostics(uri);
      if (!accept(current)) {
        return false;
      }
      finish();
      resolve(current);
      return true;
    };
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((changed) => changed.toString() === key)) {
        settle();
      }
    });
    const timer = setTimeout(() => {
      finish();
      const seen = vscode.languages.getDiagnostics(uri).map(describeDiagnostic).join('\n  ');
      reject(new Error(`Gave up after ${boundMs} ms waiting for ${what} in ${uri.path}; it has:\n  ${seen || '(no diagnostics)'}`));
    }, boundMs);
    const finish = (): void => {
      clearTimeout(timer);
      subscription.dispose();
    };
    settle();
  });
}

/**
 * Resolves once `condition()` holds, checking every `everyMs`; for state with no change event
 * (whether an extension is active).
 */
export async function until(condition: () => boolean, what: string, boundMs = WAIT_BOUND_MS, everyMs = 100): Promise<void> {
  const deadline = Date.now() + boundMs;
  while (!condition()) {
    if (Date.now() > deadline) {
      throw new Error(`Gave up after ${boundMs} ms waiting for ${what}.`);
    }
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

/**
 * Resolves with the first open text document accepted by `accept`, checking the open ones at
 * once and then every opened or changed document.
 */
export function textDocumentWhere(
  accept: (document: vscode.TextDocument) => boolean,
  what: string,
  boundMs = WAIT_BOUND_MS,
): Promise<vscode.TextDocument> {
  return new Promise((resolve, reject) => {
    const check = (document: vscode.TextDocument): void => {
      if (accept(document)) {
        finish();
        resolve(document);
      }
    };
    const subscriptions = [
      vscode.workspace.onDidOpenTextDocument(check),
      vscode.workspace.onDidChangeTextDocument((event) => check(event.document)),
    ];
    const timer = setTimeout(() => {
      finish();
      reject(new Error(`Gave up after ${boundMs} ms waiting for ${what}.`));
    }, boundMs);
    const finish = (): void => {
      clearTimeout(timer);
      subscriptions.forEach((s) => s.dispose());
    };
    vscode.workspace.textDocuments.forEach(check);
  });
}

/** One line per diagnostic, for failure messages. */
export function describeDiagnostic(diagnostic: vscode.Diagnostic): string {
  const { start, end } = diagnostic.range;
  return `${start.line}:${start.character}-${end.line}:${end.character} ${codeOf(diagnostic)} ${diagnostic.message}`;
}

/** The rule id of a diagnostic (its `code`), as a string. */
export function codeOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  if (code === undefined) {
    return '';
  }
  return typeof code === 'object' ? String(code.value) : String(code);
}
