// Where a command's error and host streams go while a redirection (`2>$null`, `*> log.txt`,
// `2>&1`) is in force. The redirections nest as the calls do: a function called with `2>$null`
// silences the errors of everything it runs. This module only holds the sinks; redirection.ts
// decides them, and the places that write errors and host text ask here first.

import type { ErrorRecord } from './errorRecord';
import type { RunContext } from './runContext';

export interface StreamRedirects {
  /** Takes an error instead of the console; absent: the outer redirection's, else the console. */
  errors?: (record: ErrorRecord) => void;
  /** Takes Write-Host's lines (the information stream, 6) instead of the console. */
  host?: (lines: string[]) => void;
}

/** The sink the innermost redirection in force gives `stream`, if any. */
export function redirectedSink<K extends keyof StreamRedirects>(run: RunContext, stream: K): StreamRedirects[K] | undefined {
  for (let index = run.redirects.length - 1; index >= 0; index--) {
    const sink = run.redirects[index][stream];
    if (sink) return sink;
  }
  return undefined;
}

/** Write-Host's text: to the console, unless the information stream is redirected. */
export function writeHostLines(run: RunContext, lines: string[]): void {
  const sink = redirectedSink(run, 'host');
  if (sink) sink(lines);
  else run.transcript.write(lines);
}

/** Write-Host -NoNewline: the next text continues the line; a redirected stream takes it as a line. */
export function writeHostInline(run: RunContext, text: string): void {
  const sink = redirectedSink(run, 'host');
  if (sink) sink([text]);
  else run.transcript.writeInline(text);
}
