/**
 * A large workspace is linked on worker threads: the server says so, and the events it finds
 * are the ones `xref` finds in one thread on the same folder.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { basename, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { EventCoverage } from '../../server/src/lsp/coverage.js';
import { councilStories } from '../fixtures/councilStories.js';
import { LATVIA_EN, LATVIA_EN_AGAIN, LATVIA_RU } from '../fixtures/latvia.js';
import { ServerHarness, tempWorkspace } from './harness.js';

interface XrefJson {
  readonly events: readonly { readonly mentions: readonly { readonly path: string; readonly range: { readonly start: { readonly line: number } } }[] }[];
}

/** Each event as the sorted "file:line" of its mentions; the events sorted. */
function eventKeys(events: readonly (readonly string[])[]): string[] {
  return events.map((mentions) => [...mentions].sort().join(' ')).sort();
}

describe('linking a large workspace on worker threads', { timeout: 180_000 }, () => {
  let server: ServerHarness;
  let root: string;

  before(async () => {
    root = tempWorkspace({
      ...councilStories(70),
      'seeds/latvia-en.txt': LATVIA_EN,
      'seeds/latvia-ru.txt': LATVIA_RU,
      'seeds/latvia-again.txt': LATVIA_EN_AGAIN,
    });
    ({ server } = await ServerHarness.start({ workspace: root }));
    await server.message('log', /linked \d+ event\(s\) across 73 document\(s\)/u);
  });

  after(async () => {
    assert.equal(await server.stop(), 0);
  });

  it('says the documents were analysed on worker threads', async () => {
    await server.message('log', /73 document\(s\) analysed for linking on \d+ worker thread\(s\)/u);
  });

  it('finds the same events as xref in one thread on the same folder', async () => {
    const coverage = (await server.connection.sendRequest('sourceReview/eventCoverage')) as EventCoverage;
    const fromServer = [...coverage.events, ...coverage.singleOutletEvents].map((e) =>
      e.outlets.flatMap((o) => o.mentions.map((m) => `${basename(decodeURIComponent(m.uri))}:${m.range.start.line}`)),
    );
    const run = spawnSync(process.execPath, [join(__dirname, '../../bin/source-review.js'), 'xref', '--format', 'json', '--jobs', '1', root], { encoding: 'utf8' });
    const xref = JSON.parse(run.stdout) as XrefJson;
    const fromCli = xref.events.map((e) => e.mentions.map((m) => `${basename(m.path)}:${m.range.start.line}`));
    assert.ok(fromCli.length >= 2, 'the folder has events to compare');
    assert.ok(fromCli.some((e) => e.some((m) => m.startsWith('latvia-ru'))), 'the cross-language event is among them');
    assert.deepEqual(eventKeys(fromServer), eventKeys(fromCli));
  });
});
