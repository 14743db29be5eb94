/**
 * The entry point both runners load in the extension host (`extensionTestsPath`): runs every
 * compiled `*.test.js` beside this file with mocha and rejects when any test fails, which is the
 * contract of `@vscode/test-electron` and of the code-server runner alike.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';

/** The first line the suite logs: runners show the extension host's log from here on. */
export const START_PATTERN = /^Source Review integration suite: \d+ files$/;

/** The last line the suite logs, with the counts runners report. */
export const SUMMARY_PATTERN = /^(\d+) passed, (\d+) failed, (\d+) pending$/;

/** Runs the suite; resolves when every test passed. */
export async function run(): Promise<void> {
  const mocha = new Mocha({
    ui: 'tdd',
    color: false,
    // A bound per test, above the longest wait in waitFor.ts; the tests themselves wait on events.
    timeout: 120_000,
    ...(process.env.SOURCE_REVIEW_TEST_GREP ? { grep: process.env.SOURCE_REVIEW_TEST_GREP } : {}),
  });
  const files = readdirSync(__dirname)
    .filter((name) => name.endsWith('.test.js'))
    .sort();
  for (const name of files) {
    mocha.addFile(join(__dirname, name));
  }
  console.log(`Source Review integration suite: ${files.length} files`);
  const stats = await new Promise<Mocha.Stats>((resolve) => {
    const runner = mocha.run(() => resolve(runner.stats ?? emptyStats()));
  });
  console.log(`${stats.passes} passed, ${stats.failures} failed, ${stats.pending} pending`);
  if (stats.failures > 0 || stats.passes === 0) {
    throw new Error(`${stats.failures} of ${stats.tests} integration tests failed.`);
  }
}

function emptyStats(): Mocha.Stats {
  return { suites: 0, tests: 0, passes: 0, pending: 0, failures: 0 };
}
