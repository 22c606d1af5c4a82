// Where CLI commands write: results to `out`, errors to `err`. Tests pass collectors.

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

export const processIo: CliIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

/** Exit codes as docs/interfaces.md fixes them. */
export const exitCodes = { ok: 0, inputErrors: 1, usage: 2 } as const;

export class UsageError extends Error {}
