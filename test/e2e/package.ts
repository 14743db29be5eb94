/** Building and packaging the extension the way it ships, for the code-server run. */
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { REPO } from './tools';

const run = promisify(execFile);

/** Bundles the extension for production and compiles the integration suite to `out/test/vscode`. */
export async function buildExtensionAndSuite(): Promise<void> {
  await run(process.execPath, ['esbuild.mjs', '--production'], { cwd: REPO, timeout: 180_000 });
  await run(process.execPath, ['test/vscode/build.mjs'], { cwd: REPO, timeout: 120_000 });
}

/** Packages the bundles into a `.vsix` as `npm run package` does: `vsce package --no-dependencies`, the repository's `.vscodeignore`. */
export async function packageExtension(outFile: string): Promise<void> {
  await run(
    join(REPO, 'node_modules', '.bin', 'vsce'),
    ['package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '-o', outFile],
    { cwd: REPO, timeout: 180_000 },
  );
}

/** A fresh copy of the test workspace under `root`, so tests may change its settings freely. */
export function copyWorkspace(root: string, name: string): string {
  const folder = join(root, name);
  cpSync(join(REPO, 'test', 'vscode', 'workspace'), folder, { recursive: true });
  return folder;
}

/**
 * A manifest-only extension to serve as `extensionDevelopmentPath` when the extension under
 * test is the installed `.vsix`: the tests run in its name, the product runs from the package.
 */
export function testHarnessExtension(root: string): string {
  const folder = join(root, 'test-harness');
  mkdirSync(folder, { recursive: true });
  writeFileSync(
    join(folder, 'package.json'),
    JSON.stringify(
      {
        name: 'source-review-integration-tests',
        displayName: 'Source Review integration tests',
        publisher: 'source-review',
        version: '0.0.0',
        engines: { vscode: '*' },
      },
      null,
      2,
    ),
  );
  return folder;
}
