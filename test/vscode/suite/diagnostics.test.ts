import * as assert from 'node:assert/strict';
import { suite, test } from 'mocha';
import type * as vscode from 'vscode';
import { describeDiagnostic } from './waitFor';
import { findingsOf, findingsOnLine, lineOf, openSeed, type Category } from './workspace';

/** Asserts that each line containing one of `fragments` carries a finding of `category`. */
function assertFlagged(
  document: vscode.TextDocument,
  diagnostics: readonly vscode.Diagnostic[],
  category: Category,
  fragments: readonly string[],
): void {
  for (const fragment of fragments) {
    const line = lineOf(document, fragment);
    assert.ok(
      findingsOnLine(diagnostics, line, category).length > 0,
      `line ${line + 1} ("${fragment}") has a ${category} finding; found:\n  ${diagnostics.map(describeDiagnostic).join('\n  ')}`,
    );
  }
}

/** Asserts that the line containing `fragment` carries no finding of `category`. */
function assertNotFlagged(
  document: vscode.TextDocument,
  diagnostics: readonly vscode.Diagnostic[],
  category: Category,
  fragment: string,
): void {
  const line = lineOf(document, fragment);
  const wrong = findingsOnLine(diagnostics, line, category);
  assert.equal(wrong.length, 0, `line ${line + 1} ("${fragment}") is article text, yet: ${wrong.map(describeDiagnostic).join('; ')}`);
}

suite('Findings in an English seed', () => {
  const path = 'seeds/harbour-bridge-en.txt';

  test('the donation appeal, "Read more" and the newsletter sign-up are boilerplate', async () => {
    const document = await openSeed(path);
    const diagnostics = await findingsOf(document, 'boilerplate');
    assertFlagged(document, diagnostics, 'boilerplate', ['Support us — donate', 'Read more', 'Sign up for our weekly newsletter']);
  });

  test('the readers’ replies under the article are comments', async () => {
    const document = await openSeed(path);
    const diagnostics = await findingsOf(document, 'comment');
    assertFlagged(document, diagnostics, 'comment', ['Those cables looked terrible', 'Three weeks of ferries sounds fine']);
  });

  test('a quoted paragraph of the article is neither boilerplate nor a comment', async () => {
    const document = await openSeed(path);
    const diagnostics = await findingsOf(document, 'comment');
    assertNotFlagged(document, diagnostics, 'boilerplate', 'The cables have reached the end of their service life');
    assertNotFlagged(document, diagnostics, 'comment', 'The cables have reached the end of their service life');
  });
});

suite('Findings in a Russian seed', () => {
  const path = 'seeds/biblioteka-ru.txt';

  test('the donation appeal, «Читать далее» and the newsletter sign-up are boilerplate', async () => {
    const document = await openSeed(path);
    const diagnostics = await findingsOf(document, 'boilerplate');
    assertFlagged(document, diagnostics, 'boilerplate', ['Поддержите нас', 'Читать далее', 'Подпишитесь на нашу рассылку']);
  });

  test('the readers’ replies under the article are comments', async () => {
    const document = await openSeed(path);
    const diagnostics = await findingsOf(document, 'comment');
    assertFlagged(document, diagnostics, 'comment', ['Сколько лет это здание стояло пустым', 'Лишь бы вывеску действительно оставили']);
  });

  test('a quoted paragraph of the article is neither boilerplate nor a comment', async () => {
    const document = await openSeed(path);
    const diagnostics = await findingsOf(document, 'comment');
    assertNotFlagged(document, diagnostics, 'boilerplate', 'Мы хотим, чтобы здание снова стало местом');
    assertNotFlagged(document, diagnostics, 'comment', 'Мы хотим, чтобы здание снова стало местом');
  });
});
