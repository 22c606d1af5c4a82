// A run's failed statements beside the script's diagnostics, each mistake shown once: a failure that
// a diagnostic of the check already explains (their ranges meet) becomes that diagnostic's related
// information ("The run failed here: ..."), not a second entry in Problems; any other failure is an
// error of its own (source `exconn run`) at the parameter or command name the run names.

import type { Diagnostic, Range } from 'vscode-languageserver-types';
import type { LspDiagnostic } from './diagnostic';

/** A failed statement as the run reports it (protocol's RunFailure): 0-based line, and what to underline. */
export interface RunFailureAt {
  line: number;
  range?: Range;
  message: string;
}

export const RUN_FAILURE_SOURCE = 'exconn run';

export function withRunFailures(uri: string, diagnostics: readonly LspDiagnostic[], failures: readonly RunFailureAt[], lineLength: (line: number) => number): Diagnostic[] {
  const merged: Diagnostic[] = diagnostics.map((diagnostic) => ({ ...diagnostic }));
  for (const failure of failures) {
    const range = failure.range ?? { start: { line: failure.line, character: 0 }, end: { line: failure.line, character: lineLength(failure.line) } };
    const explaining = merged.find((diagnostic) => diagnostic.source === 'exconn' && (diagnostic.severity ?? 1) <= 2 && meet(diagnostic.range, range));
    const related = { location: { uri, range }, message: `The run failed here: ${failure.message}` };
    if (explaining) explaining.relatedInformation = [...(explaining.relatedInformation ?? []), related];
    else merged.push({ range, severity: 1, source: RUN_FAILURE_SOURCE, message: failure.message });
  }
  return merged;
}

function meet(a: Range, b: Range): boolean {
  return !before(a.end, b.start) && !before(b.end, a.start);
}

function before(x: Range['start'], y: Range['start']): boolean {
  return x.line < y.line || (x.line === y.line && x.character < y.character);
}
