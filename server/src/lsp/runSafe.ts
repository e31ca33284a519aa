import { CancellationToken, LSPErrorCodes, ResponseError, type Connection } from 'vscode-languageserver';

/**
 * Runs a request handler so that an exception becomes an error response (and a log line) instead
 * of taking the server down, and a cancelled request is answered as cancelled.
 */
export function runSafe<T>(connection: Connection, name: string, token: CancellationToken | undefined, fn: () => T | Promise<T>): Promise<T | ResponseError<void>> {
  return new Promise((resolve) => {
    setImmediate(async () => {
      if (token?.isCancellationRequested) return resolve(cancelled());
      try {
        const result = await fn();
        resolve(token?.isCancellationRequested ? cancelled() : result);
      } catch (e) {
        const message = e instanceof Error ? e.message : String(e);
        connection.console.error(`Conflict Lens: ${name} failed: ${e instanceof Error && e.stack ? e.stack : message}`);
        resolve(new ResponseError(LSPErrorCodes.RequestFailed, `${name} failed: ${message}`));
      }
    });
  });
}

function cancelled(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'Request cancelled');
}
