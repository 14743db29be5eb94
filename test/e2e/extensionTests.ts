/**
 * Runs the integration suite inside code-server's extension host: the workbench is opened with a
 * payload naming the development extension and the tests, as `@vscode/test-electron` passes them
 * on the command line; the smoke-test driver then reports the extension host's log and its exit
 * code to the page, where Playwright hands them to us.
 */
import { format } from 'node:util';
import type { Browser } from 'playwright-core';
import { START_PATTERN, SUMMARY_PATTERN } from '../vscode/suite/index';
import type { CodeServer } from './codeServer';

/** What to run and where. */
export interface ExtensionTestOptions {
  /** `extensionDevelopmentPath`: a folder with an extension manifest. */
  readonly developmentPath: string;
  /** `extensionTestsPath`: the compiled suite's `index.js`. */
  readonly testsPath: string;
  /** The workspace folder to open. */
  readonly folder: string;
  /** Environment variables for the extension host. */
  readonly environment?: Readonly<Record<string, string>>;
  /** How long the whole run may take. */
  readonly boundMs: number;
  /** Called with each line the extension host logs; `ofSuite` for the suite's own lines (mocha's report). */
  readonly onLog: (line: string, ofSuite: boolean) => void;
}

/** The outcome of one run. */
export interface ExtensionTestResult {
  /** Whether the suite began at all (else the extension host failed before loading it). */
  readonly started: boolean;
  readonly exitCode: number;
  readonly passed: number;
  readonly failed: number;
  readonly pending: number;
}

/** Opens the workbench with the test payload and resolves when the extension host exits. */
export async function runExtensionTests(browser: Browser, server: CodeServer, options: ExtensionTestOptions): Promise<ExtensionTestResult> {
  const remote = (path: string): string => `vscode-remote://${new URL(server.origin).host}${path}`;
  const payload: [string, string][] = [
    ['extensionDevelopmentPath', remote(options.developmentPath)],
    ['extensionTestsPath', remote(options.testsPath)],
  ];
  if (options.environment) {
    payload.push(['extensionEnvironment', JSON.stringify(options.environment)]);
  }
  const url = `${server.origin}/?folder=${encodeURIComponent(options.folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;

  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    let summary: RegExpExecArray | null = null;
    let started = false;
    let exit: (code: number) => void = () => undefined;
    const exited = new Promise<number>((resolve) => {
      exit = resolve;
    });
    await page.exposeFunction('codeAutomationExit', (code: number) => exit(code));
    await page.exposeFunction('codeAutomationLog', (_level: string, args: unknown) => {
      for (const line of logLines(args)) {
        started ||= START_PATTERN.test(line);
        const ofSuite = started && !summary;
        summary = SUMMARY_PATTERN.exec(line) ?? summary;
        options.onLog(line, ofSuite);
      }
    });
    await page.goto(url);
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`The extension tests did not finish within ${options.boundMs} ms.`)), options.boundMs);
    });
    const exitCode = await Promise.race([exited, timedOut]).finally(() => clearTimeout(timer));
    const counts = summary as RegExpExecArray | null;
    return {
      started,
      exitCode,
      passed: counts ? Number(counts[1]) : 0,
      failed: counts ? Number(counts[2]) : 0,
      pending: counts ? Number(counts[3]) : 0,
    };
  } finally {
    await context.close();
  }
}

/** The text lines of one `codeAutomationLog` call: its arguments are a `console.log` call's (format string first). */
function logLines(args: unknown): string[] {
  const values: unknown[] = Array.isArray(args) ? args : [args];
  return format(...values).split(/\r?\n/);
}
