import assert from 'node:assert/strict';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { CodeLensRequest, FileChangeType, type CodeLens, type MarkupContent } from 'vscode-languageserver-protocol';
import { ServerHarness, fileUri, tempWorkspace } from './harness.js';
import { LATVIA_EN, LATVIA_EN_AGAIN, LATVIA_RU } from '../fixtures/latvia.js';

const UNRELATED = [
  'Tallinn opens a new library',
  'The city of Tallinn opened a new public library in the old harbour district on Saturday.',
].join('\n\n');

/** Line of the English report's event sentence (0-based), and of the Russian one. */
const EN_LINE = 4;
const RU_LINE = 2;

function markdown(hover: { contents: unknown } | null): string {
  return (hover?.contents as MarkupContent | undefined)?.value ?? '';
}

describe('events across documents over the protocol', { timeout: 120_000 }, () => {
  let server: ServerHarness;
  let root: string;
  let en: string;
  let ru: string;
  let again: string;

  before(async () => {
    root = tempWorkspace({
      'seeds/latvia-en.txt': LATVIA_EN,
      'seeds/latvia-ru.txt': LATVIA_RU,
      'seeds/latvia-again.txt': LATVIA_EN_AGAIN,
      'seeds/library.txt': UNRELATED,
    });
    en = fileUri(join(root, 'seeds/latvia-en.txt'));
    ru = fileUri(join(root, 'seeds/latvia-ru.txt'));
    again = fileUri(join(root, 'seeds/latvia-again.txt'));
    ({ server } = await ServerHarness.start({ workspace: root }));
    await server.open(en, LATVIA_EN);
    await server.message('log', /linked \d+ event\(s\) across 4 document\(s\)/u);
  });

  after(async () => {
    assert.equal(await server.stop(), 0);
  });

  it('publishes the open document\'s diagnostics before the corpus\'s events are linked', () => {
    const diagnostics = server.received.findIndex((m) => m.kind === 'diagnostics' && m.params.uri === en);
    const linked = server.received.findIndex((m) => m.kind === 'log' && /linked \d+ event/u.test(m.message));
    assert.ok(diagnostics >= 0 && diagnostics < linked, `diagnostics at ${diagnostics}, linking done at ${linked}`);
  });

  it('reports the event linking in a work-done progress of its own', async () => {
    const begin = await server.waitFor((m) => m.kind === 'progress' && m.params.value.kind === 'begin' && /linking events/u.test(m.params.value.title));
    assert.ok(begin);
  });

  it('lists the Russian report of the same event in the hover, with outlet, language, sentence and a link to its line', async () => {
    const hover = await server.hover(en, { line: EN_LINE, character: 10 });
    const text = markdown(hover);
    assert.ok(text.includes(`[seeds/latvia-ru.txt:${RU_LINE + 1}](${ru}#L${RU_LINE + 1})`), text);
    assert.ok(text.includes('(ru)'), 'the language is named');
    assert.ok(text.includes('outlet unknown'), 'the outlet (unknown here) is named');
    assert.ok(text.includes('Латвия 3 июня запретила ввоз'), 'the other sentence is quoted');
    assert.ok(text.includes(`[seeds/latvia-again.txt:5](${again}#L5)`), 'the second English report is listed too');
    assert.ok(!text.includes('library.txt'), 'the unrelated document is not');
    assert.equal(hover?.range?.start.line, EN_LINE);
  });

  it('lists no event on a sentence no other document reports', async () => {
    const text = markdown(await server.hover(en, { line: 6, character: 5 }));
    assert.ok(!text.includes('**Event**'), text);
  });

  it('puts a "reported by N other outlets" lens above the sentence', async () => {
    const lenses: CodeLens[] | null = await server.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri: en } });
    const lens = lenses?.find((l) => l.range.start.line === EN_LINE);
    assert.ok(lens, JSON.stringify(lenses));
    // Both other documents have no known outlet, so each counts as one.
    assert.equal(lens.command?.title, 'reported by 2 other outlets');
    assert.ok(!lenses!.some((l) => l.range.start.line === 8), 'no lens above an unlinked sentence');
  });

  it('drops the link from the other document\'s hover when an edit removes the sentences', async () => {
    await server.open(ru, LATVIA_RU);
    await server.diagnostics(ru);
    // The headline reports the event too: the edit replaces it and the sentence.
    const start = { line: 0, character: 0 };
    const end = { line: RU_LINE, character: LATVIA_RU.split('\n')[RU_LINE]!.length };
    await server.change(ru, [{ range: { start, end }, text: 'В Риге прошёл фестиваль уличной музыки.' }]);
    await server.diagnostics(ru);
    const text = markdown(await server.hover(en, { line: EN_LINE, character: 10 }));
    assert.ok(!text.includes('latvia-ru.txt'), text);
    assert.ok(text.includes('latvia-again.txt'), 'the other English report is still linked');
  });

  it('unlinks a file deleted on disk', async () => {
    rmSync(join(root, 'seeds/latvia-again.txt'));
    await server.filesChanged([{ uri: again, type: FileChangeType.Deleted }]);
    await server.message('log', /latvia-again\.txt left the corpus/u);
    assert.equal(await server.hover(en, { line: EN_LINE, character: 10 }), null);
  });
});

describe('the CodeLens setting', { timeout: 60_000 }, () => {
  it('shows no lenses when sourceReview.codeLens.enabled is false', async () => {
    const root = tempWorkspace({ 'seeds/latvia-en.txt': LATVIA_EN, 'seeds/latvia-ru.txt': LATVIA_RU });
    const { server } = await ServerHarness.start({ workspace: root, settings: { codeLens: { enabled: false } } });
    const en = fileUri(join(root, 'seeds/latvia-en.txt'));
    await server.open(en, LATVIA_EN);
    await server.message('log', /linked \d+ event\(s\) across 2 document\(s\)/u);
    assert.ok(markdown(await server.hover(en, { line: EN_LINE, character: 10 })).includes('latvia-ru.txt'), 'the events are linked');
    const lenses = await server.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri: en } });
    assert.deepEqual(lenses, []);
    assert.equal(await server.stop(), 0);
  });
});

describe('the bundled seeds over the protocol', { timeout: 120_000 }, () => {
  it('links diplomatic relations from 22 February in English and in Russian, both ways', async () => {
    const seeds = join(__dirname, '../../seeds');
    const files: Record<string, string> = {};
    for (const name of readdirSync(seeds).filter((n) => n.endsWith('.txt'))) {
      files[`seeds/${name}`] = readFileSync(join(seeds, name), 'utf8');
    }
    const root = tempWorkspace(files);
    const { server } = await ServerHarness.start({ workspace: root });
    await server.message('log', /linked \d+ event\(s\)/u);
    const name = (prefix: string) => Object.keys(files).find((f) => f.startsWith(`seeds/${prefix}`))!;
    const english = name('000_');
    const russian = name('004_');
    const lineOf = (file: string, pattern: RegExp) => files[file]!.split('\n').findIndex((l) => pattern.test(l));
    const enLine = lineOf(english, /established diplomatic relations/u);
    const ruLine = lineOf(russian, /с 22 февраля установила дипломатические отношения/u);
    assert.ok(enLine >= 0 && ruLine >= 0);
    const enUri = fileUri(join(root, english));
    const ruUri = fileUri(join(root, russian));
    await server.open(enUri, files[english]!);
    await server.open(ruUri, files[russian]!);
    const enColumn = files[english]!.split('\n')[enLine]!.indexOf('established');
    const ruColumn = files[russian]!.split('\n')[ruLine]!.indexOf('установила');
    const fromEnglish = markdown(await server.hover(enUri, { line: enLine, character: enColumn }));
    const fromRussian = markdown(await server.hover(ruUri, { line: ruLine, character: ruColumn }));
    assert.ok(fromEnglish.includes(`${ruUri}#L${ruLine + 1}`), fromEnglish);
    assert.ok(fromRussian.includes(`${enUri}#L${enLine + 1})`), fromRussian);
    assert.equal(await server.stop(), 0);
  });
});
