// Where CLI commands write: results to `out`, errors to `err`. Tests pass collectors.

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /**
   * Asks the person at the terminal and returns the answer; absent when no one can answer (input or
   * output is not a terminal, or a test), and a command that would ask then goes ahead as told.
   */
  ask?(question: string): Promise<string>;
}

export const processIo: CliIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  ...(process.stdin.isTTY && process.stdout.isTTY ? { ask: askAtTerminal } : {}),
};

async function askAtTerminal(question: string): Promise<string> {
  const { createInterface } = await import('node:readline/promises');
  const terminal = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return await terminal.question(question);
  } finally {
    terminal.close();
  }
}

/** Exit codes as docs/interfaces.md fixes them. */
export const exitCodes = { ok: 0, inputErrors: 1, usage: 2 } as const;

export class UsageError extends Error {}
