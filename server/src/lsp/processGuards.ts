/**
 * Process-wide safety nets of the language server process (never of a process that merely
 * embeds `startServer`, such as the tests): a stray rejected promise or exception is logged
 * instead of killing the server, and the server exits cleanly when its client goes away.
 */
import type { Connection } from 'vscode-languageserver';
import { logError } from './guard.js';

/** Logs unhandled rejections and uncaught exceptions to the client's log and stderr; the process lives on. */
export function installProcessGuards(connection: Connection): void {
  const report = (what: string) => (error: unknown) => {
    try {
      const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
      process.stderr.write(`Source Review: ${what}: ${detail}\n`);
    } catch {
      // stderr is gone too: nothing left to tell.
    }
    logError(connection, what, error);
  };
  process.on('unhandledRejection', report('an unhandled promise rejection (a bug, please report it)'));
  process.on('uncaughtException', report('an uncaught exception (a bug, please report it)'));
}

/**
 * Exits with status 0 once standard input ends or closes: the client is gone, and with it
 * any reason to run (a timer watching the client's process id would otherwise keep us alive).
 * Registered before the connection's own handlers, which would exit with 1 without `shutdown`.
 */
export function exitWhenInputEnds(): void {
  const exit = () => process.exit(0);
  process.stdin.once('end', exit);
  process.stdin.once('close', exit);
}
