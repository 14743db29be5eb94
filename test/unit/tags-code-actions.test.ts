import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CodeAction, TextDocumentEdit } from 'vscode-languageserver';
import { createAnalyzer, parseSeed, type Span } from '../../server/src/engine/index.js';
import { codeActions } from '../../server/src/lsp/codeActions.js';
import type { CurrentAnalysis } from '../../server/src/lsp/reviewSession.js';

const analyzer = createAnalyzer();
const URI = 'file:///tmp/seeds/x.txt';

const TEXT = [
  'Harbour workers ended a three-week strike on Tuesday, the union said.',
  'Experts say the ban will hurt farmers across the north.',
  '<!-- review:note -->Read more<!-- /review -->',
  'Support us! Donate now to keep our independent journalism free for every reader.',
  '',
].join('\n');

function current(text: string, analysedVersion: number | undefined): CurrentAnalysis {
  const doc = parseSeed(URI, text);
  return {
    version: 7,
    text,
    ...(analysedVersion === undefined ? {} : { analysis: { version: analysedVersion, doc, findings: analyzer.analyze(doc) } }),
  };
}

function request(state: CurrentAnalysis, span: Span, documentChanges = true, only?: string[]): CodeAction[] {
  const doc = parseSeed(URI, state.text);
  const range = { start: doc.lineMap.positionAt(span.start), end: doc.lineMap.positionAt(span.end) };
  return codeActions(state, { textDocument: { uri: URI }, range, context: { diagnostics: [], ...(only ? { only } : {}) } }, documentChanges);
}

const at = (needle: string): Span => ({ start: TEXT.indexOf(needle), end: TEXT.indexOf(needle) + needle.length });

test('with an analysis older than the document, no action on findings is offered, only actions on the current text', () => {
  for (const state of [current(TEXT, 6), current(TEXT, undefined)]) {
    const titles = request(state, at('Read more')).map((a) => a.title);
    assert.ok(!titles.some((t) => t.startsWith('Tag as') || t.startsWith('Remove this') || t.startsWith('Tag all')), JSON.stringify(titles));
    assert.ok(titles.includes('Remove the review:note tag'), 'the tag is read from the current text');
    assert.deepEqual(request(state, at('Read more'), true, ['source.fixAll']), []);
  }
});

test('with a current analysis, finding actions are offered and every edit is pinned to the current version', () => {
  const actions = request(current(TEXT, 7), at('Support us!'));
  assert.ok(actions.some((a) => a.title === 'Remove this boilerplate'));
  for (const a of actions) {
    assert.equal((a.edit?.documentChanges?.[0] as TextDocumentEdit).textDocument.version, 7, a.title);
  }
});

test('a client without versioned edits gets plain changes', () => {
  const [action] = request(current(TEXT, 7), at('Support us!'), false);
  assert.ok(action?.edit?.changes?.[URI]);
  assert.equal(action.edit.documentChanges, undefined);
});

test('on a vague attribution, "Mark as attributed (reviewed)" is the preferred fix', () => {
  const actions = request(current(TEXT, 7), at('Experts say'));
  assert.deepEqual(
    actions.filter((a) => a.isPreferred).map((a) => a.title),
    ['Mark as attributed (reviewed)'],
  );
});

test('actions on different findings at one place are told apart by a quotation', () => {
  const both = { start: TEXT.indexOf('Experts'), end: TEXT.indexOf('Support us!') + 5 };
  const titles = request(current(TEXT, 7), both).map((a) => a.title);
  const tagAs = titles.filter((t) => t.startsWith('Tag as boilerplate'));
  assert.ok(tagAs.length >= 2, JSON.stringify(titles));
  assert.equal(new Set(tagAs).size, tagAs.length, 'distinct titles');
});

test('source actions are only returned when asked for', () => {
  const plain = request(current(TEXT, 7), at('Support us!'));
  assert.ok(plain.every((a) => !a.kind?.startsWith('source')));
  const fixAll = request(current(TEXT, 7), at('Support us!'), true, ['source']);
  assert.deepEqual(
    fixAll.map((a) => a.kind),
    ['source.fixAll.sourceReview'],
  );
});
