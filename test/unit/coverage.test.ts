import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CorpusEvent, EventMention } from '../../server/src/engine/events/index.js';
import { parseSeed, type SeedDocument } from '../../server/src/engine/index.js';
import { eventCoverage, MAX_UNCOVERED } from '../../server/src/lsp/coverage.js';
import { StatusReporter, type ServerStatus } from '../../server/src/lsp/status.js';

const DAM_EN = 'Dam repairs finished\n\nEngineers finished repairs to the river dam near Sundsvall on Friday, the county board said.';
const DAM_RU = 'Ремонт плотины завершён\n\nИнженеры в пятницу завершили ремонт плотины у Сундсвалля, сообщило правление лена.';
const DAM_AGAIN = 'Dam open again\n\nThe county board said on Friday that repairs to the dam near Sundsvall were finished.';
const FAIR = 'Book fair opens\n\nA book fair opened in the old market hall on Saturday.';

/** A mention of the sentence of `doc` that contains `fragment`, as the event index would record it. */
function mention(doc: SeedDocument, fragment: string, outlet: string | null): EventMention {
  const start = doc.text.indexOf(fragment);
  assert.ok(start >= 0, fragment);
  const end = doc.text.indexOf('\n', start) < 0 ? doc.text.length : doc.text.indexOf('\n', start);
  return { uri: doc.uri, span: { start, end }, line: doc.lineMap.positionAt(start).line, text: doc.text.slice(start, end), language: doc.language, outlet };
}

describe('event coverage', () => {
  const en = parseSeed('file:///w/seeds/dam-en.txt', DAM_EN);
  const ru = parseSeed('file:///w/seeds/dam-ru.txt', DAM_RU);
  const again = parseSeed('file:///w/seeds/dam-again.txt', DAM_AGAIN);
  const fair = parseSeed('file:///w/seeds/fair.txt', FAIR);
  const docs = new Map([en, ru, again, fair].map((d) => [d.uri, d]));
  const lookup = (uri: string): SeedDocument | undefined => docs.get(uri);

  it('groups an event\'s mentions by outlet with each outlet\'s language and the mention\'s line', () => {
    const event: CorpusEvent = {
      id: 'e1',
      summary: 'Engineers finish the dam (14 Mar 2025)',
      mentions: [mention(en, 'Engineers finished', 'North Post'), mention(ru, 'Инженеры', 'Вести Лена'), mention(again, 'The county board', 'North Post')],
    };
    const coverage = eventCoverage([event], [...docs.keys()], lookup);
    assert.equal(coverage.events.length, 1);
    const [covered] = coverage.events;
    assert.equal(covered!.date, '14 Mar 2025');
    assert.deepEqual(covered!.outlets.map((o) => [o.label, o.languages, o.mentions.length]), [
      ['North Post', ['en'], 2],
      ['Вести Лена', ['ru'], 1],
    ]);
    assert.equal(covered!.outlets[1]!.mentions[0]!.range.start.line, 2);
  });

  it('counts documents of unknown outlet as outlets of their own, named by file', () => {
    const event: CorpusEvent = { id: 'e1', summary: 'Engineers finish the dam', mentions: [mention(en, 'Engineers finished', null), mention(again, 'The county board', null)] };
    const coverage = eventCoverage([event], [...docs.keys()], lookup);
    assert.deepEqual(coverage.events[0]!.outlets.map((o) => o.label), ['dam-again.txt', 'dam-en.txt']);
    assert.equal(coverage.events[0]!.date, null);
  });

  it('sets apart an event only one outlet reports, and lists the documents no other outlet covers', () => {
    const event: CorpusEvent = { id: 'e1', summary: 'Engineers finish the dam', mentions: [mention(en, 'Engineers finished', 'North Post'), mention(again, 'The county board', 'North Post')] };
    const coverage = eventCoverage([event], [...docs.keys()], lookup);
    assert.deepEqual(coverage.events, []);
    assert.equal(coverage.singleOutletEvents.length, 1);
    assert.deepEqual(coverage.uncovered.map((d) => [d.label, d.language]), [
      ['dam-again.txt', 'en'],
      ['dam-en.txt', 'en'],
      ['dam-ru.txt', 'ru'],
      ['fair.txt', 'en'],
    ]);
    assert.equal(coverage.documents, 4);
    assert.equal(coverage.uncoveredTotal, 4);
  });

  it('lists at most MAX_UNCOVERED uncovered documents and counts them all', () => {
    const many = Array.from({ length: MAX_UNCOVERED + 5 }, (_, i) => parseSeed(`file:///w/seeds/n${String(i).padStart(5, '0')}.txt`, FAIR));
    const byUri = new Map(many.map((d) => [d.uri, d]));
    const coverage = eventCoverage([], [...byUri.keys()], (uri) => byUri.get(uri));
    assert.equal(coverage.uncovered.length, MAX_UNCOVERED);
    assert.equal(coverage.uncoveredTotal, MAX_UNCOVERED + 5);
    assert.equal(coverage.uncovered[0]!.label, 'n00000.txt');
  });
});

describe('the status reporter', () => {
  it('is busy in the phase last started while a task runs, and idle with the new counts after it', async (t) => {
    t.mock.timers.enable({ apis: ['setTimeout'] });
    const sent: ServerStatus[] = [];
    let documents = 0;
    const reporter = new StatusReporter({ counts: () => ({ documents, events: 0, revision: documents }), send: (s) => sent.push(s) });
    let seenInside: ServerStatus | undefined;
    await reporter.during('reading', async () => {
      await reporter.during('linking', async () => {
        seenInside = reporter.current();
      });
      documents = 3;
    });
    assert.deepEqual(seenInside, { documents: 0, events: 0, revision: 0, busy: true, phase: 'linking' });
    assert.deepEqual(reporter.current(), { documents: 3, events: 0, revision: 3, busy: false, phase: 'idle' });
    t.mock.timers.tick(100);
    assert.deepEqual(sent.at(-1), { documents: 3, events: 0, revision: 3, busy: false, phase: 'idle' });
    reporter.dispose();
  });

  it('stays idle after a task that failed, and does not send the same status twice', async (t) => {
    t.mock.timers.enable({ apis: ['setTimeout'] });
    const sent: ServerStatus[] = [];
    const reporter = new StatusReporter({ counts: () => ({ documents: 1, events: 2, revision: 7 }), send: (s) => sent.push(s) });
    await assert.rejects(reporter.during('linking', () => Promise.reject(new Error('disk gone'))));
    t.mock.timers.tick(100);
    reporter.changed();
    t.mock.timers.tick(100);
    assert.deepEqual(sent, [
      { documents: 1, events: 2, revision: 7, busy: true, phase: 'linking' },
      { documents: 1, events: 2, revision: 7, busy: false, phase: 'idle' },
    ]);
    reporter.dispose();
  });
});
