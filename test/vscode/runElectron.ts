/**
 * `npm run test:vscode`: the integration suite in VS Code desktop with `@vscode/test-electron`,
 * against the development folder. Uses the VS Code named by `VSCODE_EXECUTABLE` when set;
 * otherwise downloads one (cached in .vscode-test/), and says so plainly when it cannot.
 * On a Linux machine without a display, run it under `xvfb-run -a`.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';

const REPO = resolve(__dirname, '..', '..');

/** The VS Code executable to test in: the given one, or a downloaded stable build. */
async function vscodeExecutable(): Promise<string | undefined> {
  const given = process.env.VSCODE_EXECUTABLE;
  if (given) {
    console.log(`test:vscode: using VS Code at ${given} (VSCODE_EXECUTABLE)`);
    return given;
  }
  try {
    return await downloadAndUnzipVSCode({ version: process.env.VSCODE_VERSION ?? 'stable', timeout: 60_000 });
  } catch (error) {
    console.error(
      [
        `test:vscode: cannot download VS Code (${error instanceof Error ? error.message : String(error)}).`,
        'Set VSCODE_EXECUTABLE to a local VS Code executable (e.g. /usr/share/code/code), or run the same',
        'suite in code-server with `npm run test:e2e`, which needs no download from Microsoft.',
      ].join('\n'),
    );
    return undefined;
  }
}

async function main(): Promise<number> {
  const vscodeExecutablePath = await vscodeExecutable();
  if (!vscodeExecutablePath) {
    return 2;
  }
  const scratch = mkdtempSync(join(tmpdir(), 'source-review-vscode-'));
  const workspace = join(scratch, 'workspace');
  cpSync(join(REPO, 'test', 'vscode', 'workspace'), workspace, { recursive: true });
  try {
    return await runTests({
      vscodeExecutablePath,
      extensionDevelopmentPath: REPO,
      extensionTestsPath: join(REPO, 'out', 'test', 'vscode', 'suite', 'index.js'),
      extensionTestsEnv: { SOURCE_REVIEW_EXPECTED_EXTENSION_ROOT: REPO },
      launchArgs: [
        workspace,
        '--disable-extensions',
        '--disable-workspace-trust',
        '--skip-welcome',
        '--skip-release-notes',
        '--user-data-dir',
        join(scratch, 'user-data'),
      ],
    });
  } catch (error) {
    console.error(`test:vscode: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

main().then(
  (status) => process.exit(status),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
