import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { runInWorkers } from '../../server/src/parallel/pool.js';
import { plannedWorkers } from '../../server/src/parallel/jobs.js';

const SCRIPT = join(__dirname, '../fixtures/pool/echo-worker.cjs');

interface Echo {
  readonly value: string;
  readonly thread: number;
}

async function run(tasks: readonly string[], workers: number): Promise<{ delivered: [Echo, number][]; warnings: string[] }> {
  const delivered: [Echo, number][] = [];
  const warnings: string[] = [];
  await runInWorkers<string, Echo>({
    script: SCRIPT,
    workers,
    init: { prefix: 'done:' },
    tasks,
    deliver: (result, index) => delivered.push([result, index]),
    fallback: (task) => ({ value: `here:${task}`, thread: 0 }),
    warn: (message) => warnings.push(message),
  });
  return { delivered, warnings };
}

describe('runInWorkers', () => {
  it('delivers every result once, in task order, computed on several worker threads', async () => {
    const tasks = Array.from({ length: 200 }, (_, i) => `t${i}`);
    const { delivered, warnings } = await run(tasks, 3);
    assert.deepEqual(delivered.map(([, i]) => i), tasks.map((_, i) => i));
    assert.deepEqual(delivered.map(([r]) => r.value), tasks.map((t) => `done:${t}`));
    assert.ok(new Set(delivered.map(([r]) => r.thread)).size >= 2, 'more than one thread did work');
    assert.ok(delivered.every(([r]) => r.thread > 0), 'nothing ran in the main thread');
    assert.deepEqual(warnings, []);
  });

  it('goes on sending when a slow first task held the others back to the end of the window', { timeout: 20_000 }, async () => {
    // One worker is busy with the slow task while the other runs ahead until the results
    // waiting for it fill the window; when the slow task ends, the rest must still be sent.
    const tasks = Array.from({ length: 400 }, (_, i) => (i === 0 ? 'slow:800' : `t${i}`));
    const { delivered } = await run(tasks, 2);
    assert.deepEqual(delivered.map(([, i]) => i), tasks.map((_, i) => i));
    assert.ok(delivered.every(([r]) => r.value.startsWith('done:')), 'every task ran on a worker');
  });

  it('runs a crashed worker\'s tasks in the calling thread and warns once', async () => {
    const tasks = Array.from({ length: 60 }, (_, i) => (i === 21 ? 'crash' : `t${i}`));
    const { delivered, warnings } = await run(tasks, 2);
    assert.deepEqual(delivered.map(([, i]) => i), tasks.map((_, i) => i));
    assert.equal(delivered[21]![0].value, 'here:crash');
    assert.ok(delivered.filter(([r]) => r.value.startsWith('done:')).length > 30, 'the other worker kept working');
    assert.equal(warnings.length, 1);
    assert.match(warnings[0]!, /a worker thread failed \(exit code 3\)/u);
  });

  it('finishes the job in the calling thread when every worker crashed', async () => {
    const tasks = ['crash', 'crash', 'a', 'b'];
    const { delivered } = await run(tasks, 1);
    assert.deepEqual(delivered.map(([r]) => r.value), ['here:crash', 'here:crash', 'here:a', 'here:b']);
  });

  it('resolves at once with no tasks', async () => {
    assert.deepEqual((await run([], 2)).delivered, []);
  });
});

describe('plannedWorkers', () => {
  it('keeps small corpora in the main thread and gives large ones a worker per core', () => {
    assert.equal(plannedWorkers('auto', 5, 8), 0);
    assert.equal(plannedWorkers('auto', 99, 8), 0);
    assert.equal(plannedWorkers('auto', 100, 8), 2);
    assert.equal(plannedWorkers('auto', 10_000, 2), 2);
    assert.equal(plannedWorkers('auto', 10_000, 1), 0);
    assert.equal(plannedWorkers('auto', 10_000, 32), 8);
  });

  it('honours an explicit number, but never more workers than files, and 1 means none', () => {
    assert.equal(plannedWorkers(1, 10_000, 8), 0);
    assert.equal(plannedWorkers(3, 5, 1), 3);
    assert.equal(plannedWorkers(6, 4, 8), 4);
  });
});
