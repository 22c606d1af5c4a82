// Every request handler runs through `safely`: a bug or a bad request (an unknown URI, a position
// past the end) answers with the empty result or a proper LSP error and is logged, and the server
// keeps running.

import { ResponseError, type Connection } from 'vscode-languageserver/node';

export type Logger = Pick<Connection['console'], 'error' | 'log'>;

export function safely<P, R>(log: Logger, name: string, handler: (params: P) => R | Promise<R>, fallback: R): (params: P) => Promise<R> {
  return async (params: P) => {
    try {
      return await handler(params);
    } catch (error) {
      if (error instanceof ResponseError) throw error;
      log.error(`${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return fallback;
    }
  };
}
