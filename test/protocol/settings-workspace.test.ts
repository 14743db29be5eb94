import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { DidChangeConfigurationNotification, HoverRequest, type MarkupContent } from 'vscode-languageserver-protocol';
import type { EventCoverage } from '../../server/src/lsp/coverage.js';
import { ServerHarness, fileUri, tempWorkspace } from './harness.js';
import { LATVIA_EN, LATVIA_EN_AGAIN, LATVIA_RU } from '../fixtures/latvia.js';

/** The three reports of one event, one of them in a drafts folder the settings leave out. */
const FILES = {
  'seeds/latvia-en.txt': LATVIA_EN,
  'seeds/latvia-ru.txt': LATVIA_RU,
  'seeds/drafts/latvia-again.txt': LATVIA_EN_AGAIN,
};

const SETTINGS = {
  corpus: { exclude: ['seeds/drafts/**'] },
  outlets: [
    { pattern: 'seeds/*-ru.txt', outlet: 'Baltic Wire (Russian desk)' },
    { signature: 'the agriculture ministry in riga said', outlet: 'Riga Morning Post' },
  ],
};

describe('corpus globs and the outlet map over the protocol', { timeout: 120_000 }, () => {
  let server: ServerHarness;
  let root: string;

  const coverage = async (): Promise<EventCoverage> => {
    const result = await server.connection.sendRequest<EventCoverage | null>('sourceReview/eventCoverage');
    assert.ok(result);
    return result;
  };
  const outletNames = (c: EventCoverage): string[] => [...new Set(c.events.flatMap((e) => e.outlets.map((o) => o.label)))].sort();

  before(async () => {
    root = tempWorkspace(FILES);
    ({ server } = await ServerHarness.start({ workspace: root, settings: SETTINGS }));
    await server.message('log', /linked \d+ event\(s\) across 2 document\(s\)/u);
  });

  after(async () => {
    assert.equal(await server.stop(), 0);
  });

  it('leaves the excluded folder out of the corpus', async () => {
    const c = await coverage();
    assert.equal(c.documents, 2);
    const uris = c.events.flatMap((e) => e.outlets.flatMap((o) => o.mentions.map((m) => m.uri)));
    assert.ok(!uris.some((u) => u.includes('/drafts/')), uris.join('\n'));
  });

  it('names the outlets as the map says, by path glob and by a literal line of the text', async () => {
    assert.deepEqual(outletNames(await coverage()), ['Baltic Wire (Russian desk)', 'Riga Morning Post']);
  });

  it('shows the mapped outlet of the other report in the hover of a mention', async () => {
    const uri = fileUri(join(root, 'seeds/latvia-en.txt'));
    await server.open(uri, LATVIA_EN);
    await server.diagnostics(uri);
    const line = LATVIA_EN.split('\n').findIndex((l) => l.startsWith('Latvia banned imports'));
    const hover = await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line, character: 10 } });
    const text = (hover?.contents as MarkupContent | undefined)?.value ?? '';
    assert.match(text, /Baltic Wire \(Russian desk\)/u);
    server.forget();
    await server.close(uri);
    await server.message('log', /events of \S*latvia-en\.txt linked again/u); // back to its disk version
  });

  it('analyses an excluded file opened in the editor without making it part of the corpus', async () => {
    const uri = fileUri(join(root, 'seeds/drafts/latvia-again.txt'));
    await server.open(uri, LATVIA_EN_AGAIN);
    const published = await server.diagnostics(uri);
    assert.ok(published.diagnostics.length > 0, 'the open file is analysed');
    assert.equal((await coverage()).documents, 2);
    await server.close(uri);
  });

  it('re-reads the corpus when the globs and the map change, without a restart', async () => {
    const relinked = server.message('log', /linked \d+ event\(s\) across 3 document\(s\)/u);
    server.forget();
    server.settings = {};
    await server.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    await relinked;
    const c = await coverage();
    assert.equal(c.documents, 3);
    const names = outletNames(c);
    assert.ok(!names.includes('Baltic Wire (Russian desk)') && !names.includes('Riga Morning Post'), names.join(', '));
  });

  it('warns about a wrong outlet map by name and keeps the corpus with the default', async () => {
    server.forget();
    server.settings = { outlets: { pattern: 'seeds/**' } };
    await server.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    const shown = await server.message('show', /sourceReview\.outlets/u);
    assert.match(shown, /expects an array of at most 500 objects/u);
    assert.equal((await coverage()).documents, 3);
  });
});
