import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { CodeAction, TextDocumentEdit, TextEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createAnalyzer, parseSeed, scanTags, type Finding, type Span } from '../../server/src/engine/index.js';
import { codeActions } from '../../server/src/lsp/codeActions.js';

const SEEDS = join(__dirname, '../../seeds');
const analyzer = createAnalyzer();
const URI = 'file:///work/seeds/doc.txt';

/** The code actions the server would offer for `text` at `span` (analysis of the same version). */
function actionsFor(text: string, span: Span, only?: string[]): { actions: CodeAction[]; findings: Finding[] } {
  const doc = parseSeed(URI, text);
  const findings = analyzer.analyze(doc);
  const range = { start: doc.lineMap.positionAt(span.start), end: doc.lineMap.positionAt(span.end) };
  const params = { textDocument: { uri: URI }, range, context: { diagnostics: [], ...(only ? { only } : {}) } };
  return { actions: codeActions({ version: 7, text, analysis: { version: 7, doc, findings } }, params, true), findings };
}

/** An action's edits as offsets into `text`, checked to be pinned to version 7. */
function editsOf(action: CodeAction, text: string): { span: Span; newText: string }[] {
  const change = action.edit?.documentChanges?.[0] as TextDocumentEdit;
  assert.equal(change.textDocument.version, 7);
  const doc = TextDocument.create(URI, 'seed', 7, text);
  return (change.edits as TextEdit[]).map((e) => ({ span: { start: doc.offsetAt(e.range.start), end: doc.offsetAt(e.range.end) }, newText: e.newText }));
}

function apply(text: string, action: CodeAction): string {
  const change = action.edit?.documentChanges?.[0] as TextDocumentEdit;
  return TextDocument.applyEdits(TextDocument.create(URI, 'seed', 7, text), change.edits as TextEdit[]);
}

const TAG_MARKUP = /^(?:\r\n|\r|\n)?[^\S\r\n]*(?:<!-- review:[a-z]+ -->|<!-- \/review -->)(?:\r\n|\r|\n)?$/u;

/**
 * Checks one applied action, diff-style: a tagging action only inserts tag markup (so
 * dropping the insertions gives back the original), a removal deletes one flagged span and
 * white space next to it; and in every case the text before the first and after the last
 * edit is byte-identical.
 */
function checkAction(text: string, action: CodeAction, findings: readonly Finding[]): void {
  const edits = editsOf(action, text);
  assert.ok(edits.length > 0, action.title);
  const after = apply(text, action);
  const first = Math.min(...edits.map((e) => e.span.start));
  const last = Math.max(...edits.map((e) => e.span.end));
  assert.equal(after.slice(0, first), text.slice(0, first), `${action.title}: text before the edit`);
  assert.equal(after.slice(after.length - (text.length - last)), text.slice(last), `${action.title}: text after the edit`);
  if (action.title.startsWith('Remove this')) {
    assert.equal(edits.length, 1);
    const removed = text.slice(edits[0]!.span.start, edits[0]!.span.end);
    const flagged = findings.find((f) => f.start >= edits[0]!.span.start && f.end <= edits[0]!.span.end);
    assert.ok(flagged, `${action.title}: the removal holds a flagged span`);
    assert.match(removed.replace(text.slice(flagged.start, flagged.end), ''), /^\s*$/u, `${action.title}: only white space besides the span`);
    return;
  }
  if (action.title.startsWith('Remove the review:')) {
    for (const e of edits) {
      assert.equal(e.newText, '');
      assert.match(text.slice(e.span.start, e.span.end).trim(), /^<!--[^]*-->$/u, `${action.title}: deletes only tag comments`);
    }
    return;
  }
  if (!/^(Tag|Mark) /.test(action.title)) {
    // A fix of malformed markup: it leaves fewer tag problems.
    assert.ok(scanTags(after).problems.length < scanTags(text).problems.length, action.title);
    return;
  }
  for (const e of edits) {
    assert.equal(e.span.start, e.span.end, `${action.title}: an insertion`);
    assert.match(e.newText, TAG_MARKUP, `${action.title}: inserts only tag markup`);
  }
  assert.equal(stripInsertions(after, edits), text, `${action.title}: dropping the inserted markup gives back the original`);
}

/** `after` with the inserted texts of `edits` (insertions, in the order applied) taken out again. */
function stripInsertions(after: string, edits: readonly { span: Span; newText: string }[]): string {
  let out = '';
  let from = 0;
  let shift = 0;
  for (const e of edits) {
    const at = e.span.start + shift;
    out += after.slice(from, at);
    from = at + e.newText.length;
    shift += e.newText.length;
  }
  return out + after.slice(from);
}

const seeds = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();

test('there are real seeds to check', () => {
  assert.ok(seeds.length >= 5);
});

for (const name of seeds) {
  const text = readFileSync(join(SEEDS, name), 'utf8');

  test(`fix-all on ${name} inserts tags at exactly the flagged boilerplate and comment spans and changes nothing else`, () => {
    const { actions, findings } = actionsFor(text, { start: 0, end: 0 }, ['source.fixAll']);
    const flagged = findings.filter((f) => f.category === 'boilerplate' || f.category === 'comment');
    if (flagged.length === 0) {
      assert.deepEqual(actions, [], 'nothing to fix, no action');
      return;
    }
    assert.equal(actions.length, 1);
    checkAction(text, actions[0]!, findings);
    const fixed = apply(text, actions[0]!);
    const scan = scanTags(fixed);
    assert.deepEqual(scan.problems, []);
    const contents = scan.tags.map((t) => `${t.kind}: ${fixed.slice(t.content.start, t.content.end).trim()}`).sort();
    const expected = [...new Set(flagged.map((f) => `${f.category}: ${text.slice(f.start, f.end).trim()}|${f.start}`))]
      .map((k) => k.slice(0, k.lastIndexOf('|')))
      .sort();
    assert.deepEqual(contents, expected, 'one tag per flagged span, holding exactly its text');
    const again = analyzer.analyze(parseSeed(URI, fixed));
    assert.deepEqual(again.filter((f) => f.category === 'boilerplate' || f.category === 'comment'), [], 'nothing left to fix');
  });

  test(`every action offered on a finding of ${name} leaves the text outside its edit byte-identical`, () => {
    const { findings } = actionsFor(text, { start: 0, end: 0 });
    let checked = 0;
    for (const f of findings) {
      const { actions } = actionsFor(text, f);
      for (const action of actions) {
        checkAction(text, action, findings);
        checked++;
      }
    }
    assert.ok(checked >= findings.length, `${checked} actions for ${findings.length} findings`);
  });
}

const LINES = [
  'Harbour workers ended a three-week strike on Tuesday, the union said.',
  'The army shelled the village overnight, killing four civilians.',
  'Experts say the ban will hurt farmers across the north.',
  'Support us! Donate now to keep our independent journalism free for every reader.',
  'Read more',
  'Sign up for our weekly newsletter and get the top stories in your inbox every Friday.',
  'В Самаре открыли новый мост через реку, сообщили в мэрии.',
  'Армия обстреляла село ночью, погибли четыре человека.',
  'Поддержите нас! Пожертвуйте любую сумму, чтобы мы могли продолжать работу.',
  'Читать далее',
  '<!-- review:note -->Фото: пресс-служба<!-- /review -->',
  'Prices rose 12 percent 👋🏽 in e\u0301migre\u0301 districts.',
  '',
];

test('every action offered on generated documents leaves the text outside its edit byte-identical', () => {
  const docs = fc.tuple(fc.array(fc.constantFrom(...LINES), { minLength: 1, maxLength: 12 }), fc.constantFrom('\n', '\r\n'));
  fc.assert(
    fc.property(docs, ([lines, eol]) => {
      const text = lines.join(eol);
      const { findings } = actionsFor(text, { start: 0, end: 0 });
      for (const f of findings) {
        for (const action of actionsFor(text, f).actions) {
          checkAction(text, action, findings);
        }
      }
      for (const action of actionsFor(text, { start: 0, end: 0 }, ['source.fixAll']).actions) {
        checkAction(text, action, findings);
      }
    }),
    { numRuns: 60 },
  );
});
