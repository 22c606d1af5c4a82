// Prints an ErrorRecord the way the shell does. Exchange cmdlets run in a remote session, so their
// errors show the message and the `+ CategoryInfo` / `+ FullyQualifiedErrorId` lines only; errors of
// the PowerShell engine itself (unknown command, parameter binding) also name the command and show
// where in the script it happened, with the source line underlined.

import type { LineIndex } from '../../syntax/positions';
import type { ErrorRecord } from './errorRecord';

export interface ScriptSource {
  text: string;
  lines: LineIndex;
  /** How `At ...` names the script: a workspace-relative path, or undefined for `line:N`. */
  displayName?: string;
}

export function formatErrorRecord(record: ErrorRecord, source: ScriptSource): string[] {
  const lines: string[] = [];
  if (record.style === 'local') {
    const name = record.invocationName ?? record.activity;
    lines.push(name ? `${name} : ${record.message}` : record.message);
    lines.push(...positionLines(record, source));
  } else {
    lines.push(record.message);
  }
  lines.push(`    + CategoryInfo          : ${categoryInfo(record)}`);
  lines.push(`    + FullyQualifiedErrorId : ${record.fullyQualifiedErrorId}`);
  // The console leaves a blank line after each error, which keeps consecutive errors apart.
  lines.push('');
  return lines;
}

/** `Category: (target:type) [activity], Reason`, as ErrorCategoryInfo.GetMessage() builds it. */
export function categoryInfo(record: ErrorRecord): string {
  return `${record.category}: (${record.targetName ?? ''}:${record.targetType ?? ''}) [${record.activity}], ${record.reason}`;
}

function positionLines(record: ErrorRecord, source: ScriptSource): string[] {
  if (!record.range) return [];
  const start = source.lines.positionAt(record.range.start);
  const where = source.displayName ? `${source.displayName}:${start.line + 1}` : `line:${start.line + 1}`;
  const lineStart = source.lines.lineStartOffset(start.line);
  const lineEnd = source.lines.lineEndOffset(start.line);
  const lineText = source.text.slice(lineStart, lineEnd);
  const underlineEnd = Math.min(record.range.end, lineEnd);
  const width = Math.max(1, underlineEnd - record.range.start);
  return [
    `At ${where} char:${start.character + 1}`,
    `+ ${lineText}`,
    `+ ${' '.repeat(start.character)}${'~'.repeat(width)}`,
  ];
}

export interface ParseProblem {
  range: { start: number; end: number };
  message: string;
  code: string;
}

/** Syntax errors stop a script before it runs; PowerShell prints them as one ParseException, each
 * with its position first and its message under the underlined source. */
export function formatParseErrors(problems: ParseProblem[], source: ScriptSource): string[] {
  if (problems.length === 0) return [];
  const lines: string[] = [];
  for (const problem of problems) {
    const [at, code, underline] = positionLines({ range: problem.range } as ErrorRecord, source);
    lines.push(at, code, underline, problem.message);
  }
  lines.push('    + CategoryInfo          : ParserError: (:) [], ParseException');
  lines.push(`    + FullyQualifiedErrorId : ${problems[0].code}`);
  lines.push('');
  return lines;
}
