/** Keeping the server alive whatever a document or a handler throws. */
import { LSPErrorCodes, ResponseError, type CancellationToken, type Connection } from 'vscode-languageserver';

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
 * Wraps a request handler: an exception is logged and answered with `fallback`, so one bad
 * document never takes the server down; a request the client cancelled meanwhile is answered
 * with the protocol's RequestCancelled error.
 */
export function guarded<P, R>(
  connection: Connection,
  doing: string,
  fallback: R,
  handler: (params: P, token?: CancellationToken) => R | Promise<R>,
): (params: P, token?: CancellationToken) => Promise<R | ResponseError<void>> {
  return async (params: P, token?: CancellationToken) => {
    let result: R;
    try {
      result = await handler(params, token);
    } catch (error) {
      logError(connection, doing, error);
      result = fallback;
    }
    return token?.isCancellationRequested ? new ResponseError<void>(LSPErrorCodes.RequestCancelled, `${doing}: cancelled`) : result;
  };
}

/**
 * Waits for `work` unless the request is cancelled first, then resolves with `undefined` at
 * once; the work itself goes on (others may share it).
 */
export function unlessCancelled<T>(work: Promise<T>, token: CancellationToken | undefined): Promise<T | undefined> {
  if (!token) {
    return work;
  }
  if (token.isCancellationRequested) {
    return Promise.resolve(undefined);
  }
  return new Promise<T | undefined>((resolve, reject) => {
    const listener = token.onCancellationRequested(() => resolve(undefined));
    work.then(
      (value) => {
        listener.dispose();
        resolve(value);
      },
      (error: unknown) => {
        listener.dispose();
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

/** Runs a fire-and-forget task, logging instead of leaving an unhandled rejection. */
export function detached(connection: Connection, doing: string, task: () => Promise<unknown> | unknown): void {
  try {
    Promise.resolve(task()).catch((error: unknown) => logError(connection, doing, error));
  } catch (error) {
    logError(connection, doing, error);
  }
}
