import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { DocumentSymbolRequest, SymbolKind, type DocumentSymbol, type MarkupContent, type Range } from 'vscode-languageserver-protocol';
import type { Rule } from '../../server/src/engine/index.js';
import { ServerHarness, fileUri, tempWorkspace } from './harness.js';

/** An English story: an indirect statement and a quote by one official, a statement by an agency, one unsourced claim. */
const ENGLISH = [
  'Harbour officials reopen the northern pier 🚢',
  '',
  'Maritime Minister Clara Odum said on Tuesday that the northern pier would reopen to ferries next week.',
  '',
  '"We have rebuilt every beam 🔩 and tested every bolt," Odum told reporters at the quay.',
  '',
  'The port authority insists that the repairs cost less than planned.',
  '',
  'The pier had been closed for six weeks after the storm damaged its deck.',
  '',
].join('\n');

/** A Russian story whose first sentence is attributed by the one after it ("Об этом заявил …"). */
const RUSSIAN = [
  'Мост через Каму 🌉 откроют для движения в конце мая.',
  'Об этом заявил глава Пермского края Игорь Сомов на встрече с жителями.',
  '«Мы закончим ремонт досрочно и без новых затрат», — сказал Сомов.',
  'Министерство транспорта сообщило, что грузовики по мосту пока не пустят.',
  '',
].join('\n');

/** The text under an LSP range, counting characters in UTF-16 code units as LSP does. */
function slice(text: string, range: Range): string {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\n') {
      starts.push(i + 1);
    }
  }
  return text.slice(starts[range.start.line]! + range.start.character, starts[range.end.line]! + range.end.character);
}

function contains(outer: Range, inner: Range): boolean {
  const before = (a: Range['start'], b: Range['start']) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  return before(outer.start, inner.start) && before(inner.end, outer.end);
}

async function outline(server: ServerHarness, uri: string): Promise<DocumentSymbol[]> {
  const result = await server.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } });
  assert.ok(Array.isArray(result), 'the server answers with a list');
  return result as DocumentSymbol[];
}

function markdown(hover: { contents: unknown } | null): string {
  assert.ok(hover, 'a hover is returned');
  const contents = hover.contents as MarkupContent;
  assert.equal(contents.kind, 'markdown');
  return contents.value;
}

describe('who said what over the protocol', { timeout: 60_000 }, () => {
  let server: ServerHarness;
  let root: string;
  let english: string;
  let russian: string;

  before(async () => {
    root = tempWorkspace({});
    const started = await ServerHarness.start({ workspace: root });
    server = started.server;
    assert.ok(started.init.capabilities.documentSymbolProvider, 'the server offers document symbols');
    await server.indexed();
    english = fileUri(join(root, 'seeds/pier.txt'));
    russian = fileUri(join(root, 'seeds/most.txt'));
    await server.open(english, ENGLISH);
    await server.open(russian, RUSSIAN);
    await server.diagnostics(english);
    await server.diagnostics(russian);
  });

  after(async () => {
    assert.equal(await server.stop(), 0);
  });

  it('lists each English source with its statements as the outline', async () => {
    const symbols = await outline(server, english);
    assert.deepEqual(
      symbols.map((s) => [s.name, s.kind, s.children?.length]),
      [
        ['Maritime Minister Clara Odum', SymbolKind.Variable, 2],
        ['The port authority', SymbolKind.Object, 1],
      ],
    );
    const [minister, authority] = symbols as [DocumentSymbol, DocumentSymbol];
    assert.equal(slice(ENGLISH, minister.selectionRange), 'Maritime Minister Clara Odum');
    const statements = minister.children!;
    assert.deepEqual(statements.map((c) => c.kind), [SymbolKind.String, SymbolKind.String]);
    assert.deepEqual(
      statements.map((c) => slice(ENGLISH, c.range)),
      [ENGLISH.split('\n')[2], ENGLISH.split('\n')[4]],
      'each statement spans its sentence',
    );
    assert.deepEqual(statements.map((c) => slice(ENGLISH, c.selectionRange)), ['said', 'told'], 'the cue is selected');
    assert.equal(statements[1]!.range.end.character, ENGLISH.split('\n')[4]!.length, 'characters are UTF-16 units past the emoji');
    assert.ok(statements[1]!.name.startsWith('"We have rebuilt every beam'), statements[1]!.name);
    assert.equal(slice(ENGLISH, authority.children![0]!.selectionRange), 'insists');
    for (const s of symbols) {
      assert.ok(s.children!.every((c) => contains(s.range, c.range)), `${s.name}'s range holds its statements`);
    }
  });

  it('leaves the unsourced sentence out of the outline', async () => {
    const symbols = await outline(server, english);
    const texts = symbols.flatMap((s) => s.children ?? []).map((c) => slice(ENGLISH, c.range));
    assert.ok(!texts.some((t) => t.startsWith('The pier had been closed')), texts.join(' | '));
  });

  it('puts a sentence attributed by the next one ("Об этом заявил …") under the source named there', async () => {
    const symbols = await outline(server, russian);
    const lines = RUSSIAN.split('\n');
    assert.deepEqual(
      symbols.map((s) => [s.name, s.kind]),
      [
        ['глава Пермского края Игорь Сомов', SymbolKind.Variable],
        ['Министерство транспорта', SymbolKind.Object],
      ],
    );
    const official = symbols[0]!;
    assert.deepEqual(
      official.children!.map((c) => [slice(RUSSIAN, c.range), c.detail]),
      [
        [lines[0], 'named in the next sentence'],
        [lines[1], 'reported speech'],
        [lines[2], 'quote'],
      ],
    );
    const backward = official.children![0]!;
    assert.ok(contains(backward.range, backward.selectionRange), 'the selection of a backward statement stays inside it');
    assert.equal(slice(RUSSIAN, official.children![2]!.selectionRange), 'сказал');
    assert.equal(slice(RUSSIAN, official.selectionRange), 'глава Пермского края Игорь Сомов');
    assert.equal(official.range.start.line, 0, 'the source spans from the sentence it attributes backwards');
  });

  it('shows, on a hover over a source named in a quote, all of that source’s statements with links to their lines', async () => {
    const line = RUSSIAN.split('\n')[2]!;
    const hover = await server.hover(russian, { line: 2, character: line.indexOf('Сомов') + 2 });
    const value = markdown(hover);
    for (const n of [1, 2, 3]) {
      assert.ok(value.includes(`[line ${n}](${russian}#L${n})`), `links line ${n}: ${value}`);
    }
    assert.ok(!value.includes('#L4'), 'the ministry’s statement is not listed');
    assert.match(value, /3 statements/u);
    assert.ok(value.includes('Мост через Каму'), 'the statements are quoted');
    assert.equal(slice(RUSSIAN, hover!.range!), 'Сомов');
  });

  it('shows the same statements on a hover over the full name', async () => {
    const line = ENGLISH.split('\n')[2]!;
    const value = markdown(await server.hover(english, { line: 2, character: line.indexOf('Clara') }));
    assert.ok(value.includes(`[line 3](${english}#L3)`) && value.includes(`[line 5](${english}#L5)`), value);
    assert.ok(!value.includes('#L7'), 'the port authority’s statement is not listed');
    assert.match(value, /\\"We have rebuilt|"We have rebuilt/u);
  });

  it('answers a hover on an unsourced claim with the finding alone', async () => {
    const value = markdown(await server.hover(english, { line: 8, character: 5 }));
    assert.match(value, /unattributed-claim/u);
    assert.doesNotMatch(value, /statements? in this document/u);
  });

  it('follows edits: a removed statement leaves the outline', async () => {
    // Lines of their own: a line repeated in another open document would count as site chrome.
    const text = [
      'The library board said that the west wing would close for a month.',
      'According to city treasurer Mark Bell, the roof repairs will cost 80,000 dollars.',
      '',
    ].join('\n');
    const uri = fileUri(join(root, 'seeds/edited.txt'));
    await server.open(uri, text);
    await server.diagnostics(uri);
    assert.deepEqual((await outline(server, uri)).map((s) => s.name), ['The library board', 'city treasurer Mark Bell']);
    await server.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } }, text: '' }]);
    await server.diagnostics(uri);
    assert.deepEqual((await outline(server, uri)).map((s) => s.name), ['city treasurer Mark Bell']);
  });

  it('answers an empty outline for a document it does not know or has closed', async () => {
    assert.deepEqual(await outline(server, fileUri(join(root, 'never-opened.txt'))), []);
    const uri = fileUri(join(root, 'seeds/closed.txt'));
    await server.open(uri, 'По словам директора школы Анны Левиной, занятия начнутся в понедельник.\n');
    await server.diagnostics(uri);
    assert.equal((await outline(server, uri)).length, 1);
    await server.close(uri);
    assert.deepEqual(await outline(server, uri), []);
  });
});

/** Marks every "Odum" as a finding, so that a finding and a source's name share a hover. */
const ODUM_MARKER: Rule = {
  id: 'tag/test-marker',
  category: 'tag',
  defaultSeverity: 'hint',
  description: 'Marks a name for the test.',
  detect(doc) {
    const hits = [];
    for (let at = doc.text.indexOf('Odum'); at >= 0; at = doc.text.indexOf('Odum', at + 1)) {
      hits.push({ start: at, end: at + 4, message: 'A marked name.' });
    }
    return hits;
  },
};

describe('a hover where a finding and a source’s name meet', { timeout: 60_000 }, () => {
  it('shows the finding first, then the source’s statements', async () => {
    const { server } = await ServerHarness.start({ inProcessRules: [ODUM_MARKER] });
    try {
      const uri = 'untitled:pier';
      await server.open(uri, ENGLISH);
      await server.diagnostics(uri);
      const line = ENGLISH.split('\n')[4]!;
      const hover = await server.hover(uri, { line: 4, character: line.indexOf('Odum') + 1 });
      const value = markdown(hover);
      const finding = value.indexOf('A marked name.');
      const statements = value.indexOf('2 statements in this document');
      assert.ok(finding >= 0 && statements > finding, value);
      assert.match(value, /\n---\n/u, 'the two parts are separated');
    } finally {
      await server.stop();
    }
  });
});
