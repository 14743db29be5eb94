/**
 * code-server as a child process group: started on a free loopback port in its own session
 * (so every watcher and extension host it forks can be stopped together), with all of its
 * state in a throwaway folder.
 */
import { spawn, execFile } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { CODE_SERVER_ENTRY, NODE24 } from './tools';

/** The folders code-server keeps its state in; all of them inside one temporary folder. */
export interface CodeServerHome {
  readonly userDataDir: string;
  readonly extensionsDir: string;
  readonly configHome: string;
  readonly logFile: string;
}

/** A running code-server. */
export interface CodeServer {
  readonly origin: string;
  /** Stops the whole process group: TERM, then KILL whatever is left; every call waits for the same stop. */
  stop(): Promise<void>;
}

/** The state folders of a code-server under `root`, created. */
export function codeServerHome(root: string): CodeServerHome {
  const home: CodeServerHome = {
    userDataDir: join(root, 'user-data'),
    extensionsDir: join(root, 'extensions'),
    configHome: join(root, 'config'),
    logFile: join(root, 'code-server.log'),
  };
  for (const dir of [home.userDataDir, home.extensionsDir, home.configHome, join(home.userDataDir, 'User')]) {
    mkdirSync(dir, { recursive: true });
  }
  writeFileSync(join(home.userDataDir, 'User', 'settings.json'), JSON.stringify(QUIET_WORKBENCH, null, 2));
  return home;
}

/** User settings for a quiet workbench: no welcome page, chat panel, tips or update checks in the way. */
const QUIET_WORKBENCH = {
  'workbench.startupEditor': 'none',
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.tips.enabled': false,
  'chat.disableAIFeatures': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'security.workspace.trust.enabled': false,
};

/** The environment code-server runs in: its config, data and cache under `home`, no inherited editor variables. */
function environment(home: CodeServerHome): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!key.startsWith('VSCODE_') && !key.startsWith('ELECTRON_')) {
      env[key] = value;
    }
  }
  return {
    ...env,
    XDG_CONFIG_HOME: home.configHome,
    XDG_DATA_HOME: join(home.configHome, 'data'),
    XDG_CACHE_HOME: join(home.configHome, 'cache'),
  };
}

/** Installs a packaged extension into `home`'s extensions folder with code-server's own command. */
export async function installExtension(home: CodeServerHome, vsix: string): Promise<string> {
  const { stdout } = await promisify(execFile)(
    NODE24,
    [CODE_SERVER_ENTRY, '--install-extension', vsix, '--extensions-dir', home.extensionsDir, '--user-data-dir', home.userDataDir],
    { env: environment(home), timeout: 120_000 },
  );
  return stdout.trim();
}

/** A TCP port nobody listens on at the moment of asking. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * Starts code-server in a new session (`detached` is `setsid()`), waits until it answers its
 * health check, and registers a last-resort kill of its process group on exit.
 */
export async function startCodeServer(home: CodeServerHome, options: { smokeTestDriver: boolean; boundMs: number }): Promise<CodeServer> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const log = createWriteStream(home.logFile);
  const args = [
    CODE_SERVER_ENTRY,
    '--bind-addr',
    `127.0.0.1:${port}`,
    '--auth',
    'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--user-data-dir',
    home.userDataDir,
    '--extensions-dir',
    home.extensionsDir,
    // Without the smoke-test driver the workbench ignores extension-test options in the payload.
    ...(options.smokeTestDriver ? ['--vscode-option', 'enable-smoke-test-driver'] : []),
  ];
  const child = spawn(NODE24, args, { detached: true, env: environment(home), stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const group = child.pid;
  if (group === undefined) {
    throw new Error('code-server did not start.');
  }
  let exited = false;
  child.once('exit', () => {
    exited = true;
  });
  const killGroup = (signal: NodeJS.Signals | 0): boolean => {
    try {
      process.kill(-group, signal);
      return true;
    } catch {
      return false;
    }
  };
  const lastResort = (): void => {
    killGroup('SIGKILL');
  };
  process.once('exit', lastResort);

  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => (stopping ??= stopGroup());
  const stopGroup = async (): Promise<void> => {
    process.removeListener('exit', lastResort);
    killGroup('SIGTERM');
    const deadline = Date.now() + 5_000;
    while (killGroup(0) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    killGroup('SIGKILL');
    log.end();
  };

  const deadline = Date.now() + options.boundMs;
  for (;;) {
    if (exited) {
      await stop();
      throw new Error(`code-server exited at start:\n${tail(home.logFile)}`);
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`code-server did not answer on ${origin} within ${options.boundMs} ms:\n${tail(home.logFile)}`);
    }
    if (await healthy(origin)) {
      return { origin, stop };
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function healthy(origin: string): Promise<boolean> {
  try {
    const response = await fetch(`${origin}/healthz`, { signal: AbortSignal.timeout(2_000) });
    return response.ok;
  } catch {
    return false;
  }
}

/** The last lines of a log file, for error messages. */
export function tail(file: string, lines = 30): string {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}
