/**
 * `npm run test:e2e`: the integration suite and a UI check in a real VS Code workbench
 * (code-server) driven through Debian's Chromium.
 *
 *   1. installs Node 24 and code-server into node_modules/.cache/source-review-tools/ (cached), builds, packages the .vsix and
 *      installs it into a throwaway extensions folder;
 *   2. runs test/vscode/suite against the installed package (and, with --dev, against the
 *      development folder too);
 *   3. runs the UI check (skipped with --no-ui; --update-screenshots refreshes the README's images);
 *   4. prints `N passed, N failed` and exits non-zero on any failure, always stopping
 *      code-server's whole process group, also on error or when the time bound is hit.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, createWriteStream, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from './browser';
import { codeServerHome, installExtension, startCodeServer, tail, type CodeServer } from './codeServer';
import { runExtensionTests, type ExtensionTestResult } from './extensionTests';
import { buildExtensionAndSuite, copyWorkspace, packageExtension, testHarnessExtension } from './package';
import { assertToolsInstalled, REPO } from './tools';
import { checkUi, type UiCheck } from './uiCheck';

/** The whole run's bound after the tools are installed (CI has about 20 minutes for everything); `SOURCE_REVIEW_E2E_BOUND_S` overrides it. */
const RUN_BOUND_MS = Number(process.env.SOURCE_REVIEW_E2E_BOUND_S ?? 600) * 1000;
/** One suite run's bound inside the workbench. */
const SUITE_BOUND_MS = 4 * 60_000;

const flags = new Set(process.argv.slice(2));
const alsoDevelopmentFolder = flags.has('--dev');
const withUi = !flags.has('--no-ui');
const keep = flags.has('--keep');
const screenshotsDir = flags.has('--update-screenshots') ? join(REPO, 'test', 'e2e', 'screenshots') : join(REPO, 'out', 'e2e', 'screenshots');

/** Lines other built-in extensions log in the extension host (`[AgentHost] …`); kept in the log file, not on screen. */
const WORKBENCH_NOISE = /^\[[\w .-]+\]/;
const logDir = join(REPO, 'out', 'e2e');
mkdirSync(logDir, { recursive: true });
const hostLog = createWriteStream(join(logDir, 'extension-host.log'));

const started = Date.now();
const seconds = (since: number): string => `${((Date.now() - since) / 1000).toFixed(1)} s`;

/** Runs `work`, printing how long it took. */
async function step<T>(name: string, work: () => Promise<T> | T): Promise<T> {
  const since = Date.now();
  console.log(`e2e: ${name}…`);
  const result = await work();
  console.log(`e2e: ${name} done in ${seconds(since)}`);
  return result;
}

async function main(): Promise<number> {
  await step('tools (node_modules/.cache/source-review-tools/, cached)', () => {
    execFileSync('bash', [join(REPO, 'test', 'e2e', 'tools.sh')], { stdio: 'inherit', timeout: 15 * 60_000 });
    assertToolsInstalled();
  });

  const root = mkdtempSync(join(tmpdir(), 'source-review-e2e-'));
  const home = codeServerHome(root);
  let server: CodeServer | undefined;
  let browser: Browser | undefined;
  let shuttingDown: Promise<void> | undefined;
  const shutdown = (): Promise<void> => (shuttingDown ??= closeEverything());
  const closeEverything = async (): Promise<void> => {
    await browser?.close().catch(() => undefined);
    await server?.stop();
    hostLog.end();
    if (existsSync(home.logFile)) {
      copyFileSync(home.logFile, join(logDir, 'code-server.log'));
    }
    if (!keep) {
      rmSync(root, { recursive: true, force: true, maxRetries: 3 });
    }
  };
  const watchdog = setTimeout(() => {
    console.error(`e2e: gave up after ${RUN_BOUND_MS / 1000} s`);
    void shutdown().finally(() => process.exit(1));
  }, RUN_BOUND_MS);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void shutdown().finally(() => process.exit(130)));
  }

  try {
    await step('build extension and suite', buildExtensionAndSuite);
    const vsix = join(root, 'source-review.vsix');
    await step('package .vsix (vsce --no-dependencies)', () => packageExtension(vsix));
    console.log(await step('install .vsix into code-server', () => installExtension(home, vsix)));

    const codeServer = await step('start code-server', () => startCodeServer(home, { smokeTestDriver: true, boundMs: 60_000 }));
    server = codeServer;
    const chromium = await step('start Chromium', launchChromium);
    browser = chromium;

    const suiteRuns: [string, ExtensionTestResult][] = [];
    const testsPath = join(REPO, 'out', 'test', 'vscode', 'suite', 'index.js');
    const runs = [
      { name: 'suite on the installed .vsix', developmentPath: testHarnessExtension(root), extensionRoot: home.extensionsDir },
      ...(alsoDevelopmentFolder ? [{ name: 'suite on the development folder', developmentPath: REPO, extensionRoot: REPO }] : []),
    ];
    for (const { name, developmentPath, extensionRoot } of runs) {
      const folder = copyWorkspace(root, `workspace-${suiteRuns.length}`);
      const result = await step(name, () =>
        runExtensionTests(chromium, codeServer, {
          developmentPath,
          testsPath,
          folder,
          environment: {
            SOURCE_REVIEW_EXPECTED_EXTENSION_ROOT: extensionRoot,
            ...(process.env.SOURCE_REVIEW_TEST_GREP ? { SOURCE_REVIEW_TEST_GREP: process.env.SOURCE_REVIEW_TEST_GREP } : {}),
          },
          boundMs: SUITE_BOUND_MS,
          onLog: (line, ofSuite) => {
            hostLog.write(`${line}\n`);
            if (ofSuite && !WORKBENCH_NOISE.test(line)) {
              console.log(`  | ${line}`);
            }
          },
        }),
      );
      suiteRuns.push([name, result]);
    }

    let ui: UiCheck[] = [];
    if (withUi) {
      const folder = copyWorkspace(root, 'workspace-ui');
      ui = await step('UI check', () => checkUi(chromium, codeServer, { folder, screenshotsDir }));
    }

    return report(suiteRuns, ui);
  } catch (error) {
    console.error(`e2e: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    console.error(`e2e: code-server log tail:\n${tail(home.logFile)}`);
    return 1;
  } finally {
    clearTimeout(watchdog);
    await shutdown();
  }
}

/** Prints the results and the overall `N passed, N failed` line; returns the exit status. */
function report(suiteRuns: readonly [string, ExtensionTestResult][], ui: readonly UiCheck[]): number {
  let passed = 0;
  let failed = 0;
  console.log('');
  for (const [name, result] of suiteRuns) {
    // A crashed extension host can exit non-zero without a failing test; that is a failure too.
    const hostFailure = result.exitCode !== 0 && result.failed === 0 ? 1 : 0;
    console.log(`e2e: ${name}: ${result.passed} passed, ${result.failed} failed, ${result.pending} pending (exit code ${result.exitCode})`);
    if (!result.started) {
      console.log(`e2e: ${name}: the suite never started; the extension host's log is in ${join(logDir, 'extension-host.log')}`);
    }
    passed += result.passed;
    failed += result.failed + hostFailure;
  }
  for (const check of ui) {
    console.log(`e2e: UI: ${check.ok ? 'ok  ' : 'FAIL'} ${check.name}${check.detail ? ` — ${check.detail}` : ''}`);
    if (check.ok) {
      passed++;
    } else {
      failed++;
    }
  }
  if (ui.length > 0) {
    console.log(`e2e: screenshots in ${screenshotsDir}`);
  }
  console.log(`${passed} passed, ${failed} failed (e2e, ${seconds(started)})`);
  return failed === 0 && passed > 0 ? 0 : 1;
}

main().then(
  (status) => process.exit(status),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
