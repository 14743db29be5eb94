/**
 * `--jobs`: check and xref on worker threads give the same bytes, the same stderr and the
 * same exit status as in the main thread, on a corpus with chrome shared across files,
 * cross-language events and files that fail or need a note.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ENGLISH_SEED, RUSSIAN_SEED, encodeLegacy, runCli, tempTree } from './helpers.js';
import { councilStories } from '../fixtures/councilStories.js';

describe('--jobs', () => {
  const root = tempTree({
    ...councilStories(130),
    'seeds/en-full.txt': ENGLISH_SEED,
    'seeds/ru-full.txt': RUSSIAN_SEED,
    'seeds/zz-cp1251.txt': encodeLegacy(RUSSIAN_SEED.split('\n').slice(0, 3).join('\n'), 'windows-1251'),
    'seeds/zz-binary.txt': Uint8Array.from([0, 1, 2, 3, 0, 0, 255, 254, 0, 7]),
  });

  for (const command of ['check', 'xref'] as const) {
    for (const format of command === 'check' ? ['json', 'text', 'sarif'] : ['json', 'text']) {
      it(`gives the same ${command} --format ${format} output, stderr and status on three workers as in the main thread`, () => {
        const serial = runCli([command, '--format', format, '--jobs', '1', root]);
        const parallel = runCli([command, '--format', format, '--jobs', '3', root]);
        assert.ok(serial.stdout.length > 1000, 'the run produced a report');
        assert.match(serial.stderr, /zz-binary\.txt/u, 'the binary file is reported');
        assert.match(serial.stderr, /zz-cp1251\.txt.*Windows-1251/u, 'the legacy encoding is noted');
        assert.equal(parallel.stdout, serial.stdout);
        assert.equal(parallel.stderr, serial.stderr);
        assert.equal(parallel.status, serial.status);
      });
    }
  }

  it('has events shared across documents to compare (the xref comparison is not between two empty reports)', () => {
    const run = runCli(['xref', '--format', 'json', '--jobs', '2', root]);
    const report = JSON.parse(run.stdout) as { events: { mentions: unknown[] }[] };
    assert.ok(report.events.length > 0);
    assert.ok(report.events.every((e) => e.mentions.length >= 2));
  });

  for (const bad of ['0', '-2', 'two', '1.5', '65']) {
    it(`refuses --jobs ${bad} with a usage error`, () => {
      const run = runCli(['check', '--jobs', bad, root]);
      assert.equal(run.status, 2);
      assert.match(run.stderr, /Option --jobs must be auto or a whole number from 1 to 64/u);
    });
  }
});
