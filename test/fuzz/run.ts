/**
 * `npm run fuzz`: the property tests' properties, run for minutes instead of seconds, with one
 * seed printed first so any failure can be replayed.
 *
 *   npm run fuzz                      # about 4 minutes, a fresh seed
 *   npm run fuzz -- --minutes 10      # longer
 *   npm run fuzz -- --seed 123456     # replay a seed (same values in the same order)
 *
 * Exits 1 and prints fast-check's report (seed, path, shrunk counterexample) on the first failure.
 */
import fc from 'fast-check';
import { parseArgs } from 'node:util';
import { ServerHarness } from '../protocol/harness.js';
import { hostileText, markdownSeed, anySeedText } from './arbitraries.js';
import { editProperty } from './editProperty.js';
import { checkText, positionedFindings } from './engineProperties.js';
import assert from 'node:assert/strict';

const { values } = parseArgs({ options: { seed: { type: 'string' }, minutes: { type: 'string', default: '4' } } });
const seed = values.seed !== undefined ? Number(values.seed) : (Date.now() ^ (Math.random() * 0x7fffffff)) | 0;
if (!Number.isInteger(seed)) {
  throw new Error(`--seed must be an integer, not ${values.seed}`);
}
const minutes = Number(values.minutes);
console.log(`fuzz seed: ${seed}  (replay: npm run fuzz -- --seed ${seed})  budget: ${minutes} min`);

const budgetMs = minutes * 60_000;
/** Runs a property until its share of the time budget is used up (or it fails). */
const long = (share: number) => ({ seed, numRuns: 10_000_000, interruptAfterTimeLimit: budgetMs * share, markInterruptAsFailure: false });

const engineRuns: Array<[string, () => fc.RunDetails<unknown>]> = [
  ['engine on hostile Unicode (long texts)', () => fc.check(fc.property(hostileText(400), (t) => checkText(t)), long(0.25)) as fc.RunDetails<unknown>],
  ['engine on Markdown-shaped EN/RU seeds (long)', () => fc.check(fc.property(markdownSeed(40), (t) => checkText(t)), long(0.25)) as fc.RunDetails<unknown>],
  ['engine beside a corpus neighbour', () => fc.check(fc.property(anySeedText(), markdownSeed(10), (t, n) => checkText(t, n)), long(0.1)) as fc.RunDetails<unknown>],
  [
    'line breaks: LF, CRLF and CR agree',
    () =>
      fc.check(
        fc.property(markdownSeed(20), (text) => {
          const lf = text.replace(/\r\n?/gu, '\n');
          const expected = positionedFindings(lf);
          assert.deepEqual(positionedFindings(lf.replace(/\n/gu, '\r\n')), expected);
          assert.deepEqual(positionedFindings(lf.replace(/\n/gu, '\r')), expected);
        }),
        long(0.1),
      ) as fc.RunDetails<unknown>,
  ],
];

let failed = false;

function report(name: string, details: fc.RunDetails<unknown>): void {
  if (details.failed) {
    failed = true;
    console.log(`FAIL  ${name}\n${fc.defaultReportMessage(details)}`);
  } else {
    console.log(`ok    ${name}: ${details.numRuns} runs${details.interrupted ? ' (time share used up)' : ''}`);
  }
}

async function main(): Promise<void> {
  for (const [name, run] of engineRuns) {
    report(name, run());
  }
  const { server } = await ServerHarness.start({});
  const stats = { runs: 0, withFindings: 0 };
  const edits = await fc.check(editProperty(server, stats, 20), long(0.3));
  report(`protocol: incremental edits vs a fresh open (${stats.withFindings} runs with findings)`, edits as fc.RunDetails<unknown>);
  if (!server.alive) {
    failed = true;
    console.log(`FAIL  the server died: ${server.errorOutput}`);
  }
  await server.stop();
  console.log(failed ? `fuzz: FAILED (seed ${seed})` : `fuzz: nothing found (seed ${seed})`);
  process.exit(failed ? 1 : 0);
}

void main();
