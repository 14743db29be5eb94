/** Keeping the server alive whatever a document or a handler throws. */
import type { Connection } from 'vscode-languageserver';

/** Writes an error to the client's log with what was being done. */
export function logError(connection: Connection, doing: string, error: unknown): void {
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  try {
    connection.console.error(`Source Review: ${doing} failed: ${detail}`);
  } catch {
    // The connection itself is gone; there is nobody left to tell.
  }
}

/**
 * Wraps a request handler: an exception is logged and answered with `fallback`,
 * so one bad document never takes the server down.
 */
export function guarded<P, R>(
  connection: Connection,
  doing: string,
  fallback: R,
  handler: (params: P) => R | Promise<R>,
): (params: P) => Promise<R> {
  return async (params: P) => {
    try {
      return await handler(params);
    } catch (error) {
      logError(connection, doing, error);
      return fallback;
    }
  };
}

/** Runs a fire-and-forget task, logging instead of leaving an unhandled rejection. */
export function detached(connection: Connection, doing: string, task: () => Promise<unknown> | unknown): void {
  try {
    Promise.resolve(task()).catch((error: unknown) => logError(connection, doing, error));
  } catch (error) {
    logError(connection, doing, error);
  }
}
