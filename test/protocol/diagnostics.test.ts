import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { ENGLISH_ARTICLE, RUSSIAN_ARTICLE } from './fixtures.js';
import { ServerHarness, fileUri, tempWorkspace } from './harness.js';

/** A phrase the user declares as boilerplate, so a finding is certain whatever the built-in rules know. */
const PHRASE = 'Подпишитесь на канал редакции';

function lineRange(diagnostics: readonly Diagnostic[], line: number): Diagnostic | undefined {
  return diagnostics.find((d) => d.range.start.line === line);
}

describe('diagnostics over the protocol', { timeout: 60_000 }, () => {
  let server: ServerHarness;
  let root: string;

  before(async () => {
    root = tempWorkspace({});
    ({ server } = await ServerHarness.start({ workspace: root, settings: { extraBoilerplatePhrases: [PHRASE] } }));
    await server.indexed();
  });

  after(async () => {
    assert.equal(await server.stop(), 0);
  });

  it('publishes diagnostics on open with the source, a rule id as code and a category in data', async () => {
    const uri = fileUri(join(root, 'seeds/harbour.txt'));
    await server.open(uri, ENGLISH_ARTICLE);
    const { diagnostics, version } = await server.diagnostics(uri);
    assert.equal(version, 1);
    assert.ok(diagnostics.length > 0, 'the donation appeal, "Read more" and newsletter lines are flagged');
    for (const d of diagnostics) {
      assert.equal(d.source, 'source-review');
      assert.match(String(d.code), /^[a-z-]+\/[a-z0-9-]+$/u);
      assert.ok(d.severity !== undefined && d.severity >= 1 && d.severity <= 4);
      assert.equal(typeof (d.data as { category?: unknown }).category, 'string');
    }
    const appeal = lineRange(diagnostics, 4);
    assert.ok(appeal, 'the donation appeal (line 5) is flagged');
    assert.equal((appeal.data as { category: string }).category, 'boilerplate');
    const boilerplate = diagnostics.filter((d) => (d.data as { category: string }).category === 'boilerplate');
    assert.ok(!boilerplate.some((d) => d.range.start.line <= 3), 'no article sentence is flagged as boilerplate');
    for (const line of [5, 6, 7, 8]) {
      assert.ok(boilerplate.some((d) => d.range.start.line <= line && line <= d.range.end.line), `"Read more" and the newsletter block: line ${line + 1}`);
    }
  });

  it('flags a Russian donation appeal, "Читать далее" and a newsletter line', async () => {
    const uri = fileUri(join(root, 'seeds/most.txt'));
    await server.open(uri, RUSSIAN_ARTICLE);
    const { diagnostics } = await server.diagnostics(uri);
    const boilerplate = diagnostics.filter((d) => (d.data as { category: string }).category === 'boilerplate');
    assert.ok(lineRange(boilerplate, 3), 'the appeal «Поддержите нас!» is flagged');
    assert.ok(lineRange(boilerplate, 4), '«Читать далее» is flagged');
    assert.ok(lineRange(boilerplate, 5), 'the newsletter line «Подпишитесь на нашу рассылку…» is flagged');
    assert.ok(!boilerplate.some((d) => d.range.start.line <= 2), 'no article sentence is flagged as boilerplate');
  });

  it('gives ranges in UTF-16 code units on a line with Cyrillic and an emoji after CRLF line ends', async () => {
    const uri = fileUri(join(root, 'seeds/utf16.txt'));
    const flagged = `🚀 ${PHRASE} «Новости»`;
    const text = ['Первая строка статьи о погоде в Казани.', 'Вторая строка: ожидается снег 🌨 и ветер.', flagged, 'Конец.'].join('\r\n');
    await server.open(uri, text);
    const { diagnostics } = await server.diagnostics(uri);
    const d = lineRange(diagnostics, 2);
    assert.ok(d, `the line with the declared phrase is flagged: ${JSON.stringify(diagnostics)}`);
    assert.deepEqual(d.range, { start: { line: 2, character: 0 }, end: { line: 2, character: flagged.length } });
    assert.equal(flagged.length, [...flagged].length + 1, 'the emoji is two UTF-16 units');
  });

  it('updates diagnostics after an incremental change, and restores them when the change is undone', async () => {
    const uri = fileUri(join(root, 'seeds/edit.txt'));
    const original = 'The parade passed the town hall at noon.';
    const text = ['A quiet day at the county fair ended with a tractor parade on Sunday afternoon.', original, 'Judges gave the prize for the largest pumpkin to a farmer from Elmstead.', ''].join('\n');
    await server.open(uri, text);
    const first = await server.diagnostics(uri);
    const replacement = `${PHRASE} прямо сейчас`;
    const version = await server.change(uri, [
      { range: { start: { line: 1, character: 0 }, end: { line: 1, character: original.length } }, text: replacement },
    ]);
    const second = await server.diagnostics(uri);
    assert.equal(second.version, version);
    const d = lineRange(second.diagnostics, 1);
    assert.ok(d, 'the edited line is flagged');
    assert.deepEqual(d.range, { start: { line: 1, character: 0 }, end: { line: 1, character: replacement.length } });
    const undo = await server.change(uri, [
      { range: { start: { line: 1, character: 0 }, end: { line: 1, character: replacement.length } }, text: original },
    ]);
    const restored = await server.diagnostics(uri);
    assert.equal(restored.version, undo);
    assert.deepEqual(restored.diagnostics, first.diagnostics);
  });

  it('clears diagnostics when a document closes', async () => {
    const uri = fileUri(join(root, 'seeds/closing.txt'));
    await server.open(uri, `${PHRASE}\n`);
    await server.diagnostics(uri);
    server.forget();
    await server.close(uri);
    const cleared = await server.diagnostics(uri, () => true);
    assert.deepEqual(cleared.diagnostics, []);
  });
});
