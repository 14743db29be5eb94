import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { EventCoverage } from '../../server/src/lsp/coverage.js';
import type { ServerStatus } from '../../server/src/lsp/status.js';
import { ServerHarness, fileUri, tempWorkspace } from './harness.js';
import { LATVIA_EN, LATVIA_EN_AGAIN, LATVIA_RU } from '../fixtures/latvia.js';

const LIBRARY = [
  'Tallinn opens a new library',
  'The city of Tallinn opened a new public library in the old harbour district on Saturday.',
].join('\n\n');

/** Every status notification received, and waiters for one that has not come yet (a method has one handler). */
class StatusLog {
  readonly seen: ServerStatus[] = [];
  private readonly waiters: Array<{ accept: (s: ServerStatus) => boolean; resolve: (s: ServerStatus) => void }> = [];

  constructor(server: ServerHarness) {
    server.connection.onNotification('sourceReview/status', (status: ServerStatus) => {
      this.seen.push(status);
      for (const waiter of [...this.waiters]) {
        if (waiter.accept(status)) {
          this.waiters.splice(this.waiters.indexOf(waiter), 1);
          waiter.resolve(status);
        }
      }
    });
  }

  /** The first status, received or still to come, that `accept` takes. */
  where(accept: (s: ServerStatus) => boolean): Promise<ServerStatus> {
    const found = this.seen.find(accept);
    return found ? Promise.resolve(found) : new Promise((resolve) => this.waiters.push({ accept, resolve }));
  }
}

describe('status and event coverage over the protocol', { timeout: 120_000 }, () => {
  let server: ServerHarness;
  let root: string;
  let statuses: StatusLog;

  before(async () => {
    root = tempWorkspace({
      'seeds/latvia-en.txt': LATVIA_EN,
      'seeds/latvia-ru.txt': LATVIA_RU,
      'seeds/latvia-again.txt': LATVIA_EN_AGAIN,
      'seeds/library.txt': LIBRARY,
    });
    ({ server } = await ServerHarness.start({ workspace: root }));
    statuses = new StatusLog(server);
    await server.message('log', /linked \d+ event\(s\) across 4 document\(s\)/u);
  });

  after(async () => {
    assert.equal(await server.stop(), 0);
  });

  it('says it is busy linking events before it settles idle with four documents and the linked event', async () => {
    const idle = await statuses.where((s) => !s.busy && s.documents === 4 && s.events > 0);
    assert.equal(idle.phase, 'idle');
    const busyAt = statuses.seen.findIndex((s) => s.busy && s.phase === 'linking');
    assert.ok(busyAt >= 0 && busyAt < statuses.seen.indexOf(idle), `statuses: ${JSON.stringify(statuses.seen)}`);
  });

  it('lists the grain ban under each outlet that reported it, with the Russian mention in Russian', async () => {
    const coverage = await server.connection.sendRequest<EventCoverage | null>('sourceReview/eventCoverage');
    assert.ok(coverage);
    assert.equal(coverage.documents, 4);
    const ru = fileUri(join(root, 'seeds/latvia-ru.txt'));
    const event = coverage.events.find((e) => e.outlets.some((o) => o.mentions.some((m) => m.uri === ru)));
    assert.ok(event, `an event mentions the Russian report: ${JSON.stringify(coverage.events)}`);
    assert.ok(event.outlets.length >= 2);
    const russian = event.outlets.find((o) => o.mentions.some((m) => m.uri === ru))!;
    assert.deepEqual(russian.languages, ['ru']);
    const mention = russian.mentions.find((m) => m.uri === ru)!;
    const line = LATVIA_RU.split('\n').findIndex((l) => l.includes(mention.text));
    assert.ok(line >= 0, `the mention is a sentence of the document: ${mention.text}`);
    assert.equal(mention.range.start.line, line, 'the range points at the mention\'s line');
  });

  it('puts the document no other outlet reports among the uncovered, and not the reports of the ban', async () => {
    const coverage = await server.connection.sendRequest<EventCoverage | null>('sourceReview/eventCoverage');
    assert.ok(coverage);
    assert.deepEqual(coverage.uncovered.map((d) => d.label), ['library.txt']);
    assert.equal(coverage.uncovered[0]!.language, 'en');
  });

  it('re-indexes the corpus on request with progress and answers with the same counts', async () => {
    const before = server.received.length;
    const result = await server.connection.sendRequest<{ documents: number; events: number } | null>('sourceReview/reindexCorpus');
    assert.ok(result);
    assert.equal(result.documents, 4);
    assert.ok(result.events > 0);
    const progress = server.received.slice(before).filter((m) => m.kind === 'progress');
    assert.ok(progress.some((m) => m.params.value.kind === 'begin'), 'a progress began');
    assert.ok(
      progress.some((m) => m.params.value.kind === 'report' && typeof m.params.value.percentage === 'number' && m.params.value.percentage > 0),
      'a progress report carries a percentage',
    );
    const coverage = await server.connection.sendRequest<EventCoverage | null>('sourceReview/eventCoverage');
    assert.equal(coverage?.events.length, result.events);
  });
});
