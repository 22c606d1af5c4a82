// The switch statement as PowerShell runs it: each item of the value (or each line of -file's file)
// is tested against every clause in order, and every clause that matches runs, with $_ set to the
// item; `default` runs when none did. A clause's value is compared as -eq would (-exact), as a
// wildcard (-wildcard) or a regular expression (-regex, setting $Matches), case-insensitively unless
// -casesensitive; a script-block value is a test run with $_. `break` leaves the whole switch,
// `continue` goes on with the next item.

import type { SwitchClause, SwitchStatement } from '../../syntax/ast';
import { compare } from './comparison';
import { toBoolean, toText } from './conversion';
import { FlowSignal, notSupported, runtimeError, StatementTerminatingError } from './errorRecord';
import { evaluateExpression } from './expressions';
import { collapse, enumerate, PsScriptBlock, type PsValue } from './psValue';
import type { Frame } from './runContext';

type MatchKind = 'exact' | 'wildcard' | 'regex';

interface SwitchMode {
  match: MatchKind;
  caseSensitive: boolean;
  file: boolean;
}

const OPTION_NAMES = ['regex', 'wildcard', 'exact', 'casesensitive', 'file'];

export async function runSwitch(statement: SwitchStatement, frame: Frame, label?: string): Promise<PsValue[]> {
  const mode = modeOf(statement);
  const items = mode.file ? await fileLines(statement, frame) : await itemsOf(statement, frame);
  const output: PsValue[] = [];
  const restore = frame.scope.setTemporarily('_', null);
  try {
    for (const item of items) {
      if ((await runItem(statement, mode, item, frame, output, label)) === 'break') break;
    }
  } finally {
    restore();
  }
  return output;
}

function modeOf(statement: SwitchStatement): SwitchMode {
  const mode: SwitchMode = { match: 'exact', caseSensitive: false, file: false };
  for (const option of statement.options) {
    // Options may be shortened as parameters may (`-r` is -regex, `-c` -casesensitive).
    const name = OPTION_NAMES.find((candidate) => candidate.startsWith(option.name.toLowerCase()));
    if (!name || option.name === '') throw notSupported(`The switch option '-${option.name}'`, option.range, ': a switch takes -regex, -wildcard, -exact, -casesensitive and -file');
    if (name === 'casesensitive') mode.caseSensitive = true;
    else if (name === 'file') mode.file = true;
    else mode.match = name as MatchKind;
  }
  return mode;
}

/** A collection is switched item by item; anything else, $null included, is one item. */
async function itemsOf(statement: SwitchStatement, frame: Frame): Promise<PsValue[]> {
  if (!statement.condition) return [];
  const value = await frame.run.engine.valueOfStatement(statement.condition, frame);
  return Array.isArray(value) ? enumerate(value) : [value];
}

/** `switch -file path`: the file's lines, read inside the workspace like every other file. */
async function fileLines(statement: SwitchStatement, frame: Frame): Promise<PsValue[]> {
  if (!statement.file) throw new StatementTerminatingError(runtimeError("Missing the file name after 'switch -file'.", statement.range, 'MissingFileName'));
  const path = toText(await evaluateExpression(statement.file, frame));
  let bytes: Uint8Array;
  try {
    bytes = await frame.run.simulator.readFile(path);
  } catch (error) {
    throw new StatementTerminatingError(runtimeError(`Cannot read the file '${path}' for switch -file: ${error instanceof Error ? error.message : String(error)}`, statement.file.range, 'FileReadError'));
  }
  const text = decodeText(Buffer.from(bytes));
  const lines = text.split(/\r?\n/);
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

/** As PowerShell reads a text file: by its byte-order mark, else UTF-8. */
function decodeText(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.subarray(2).toString('utf16le');
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return bytes.subarray(3).toString('utf8');
  return bytes.toString('utf8');
}

async function runItem(statement: SwitchStatement, mode: SwitchMode, item: PsValue, frame: Frame, output: PsValue[], label: string | undefined): Promise<'break' | 'next'> {
  frame.scope.set('_', item);
  let matched = false;
  for (const clause of statement.clauses) {
    if (isDefault(clause)) continue;
    if (!(await matches(clause, mode, item, frame))) continue;
    matched = true;
    const signal = await runClause(clause, frame, output, label);
    if (signal === 'break') return 'break';
    if (signal === 'continue') return 'next';
  }
  const fallback = matched ? undefined : statement.clauses.find(isDefault);
  return fallback && (await runClause(fallback, frame, output, label)) === 'break' ? 'break' : 'next';
}

function isDefault(clause: SwitchClause): boolean {
  return clause.value.kind === 'Bareword' && clause.value.text.toLowerCase() === 'default';
}

async function matches(clause: SwitchClause, mode: SwitchMode, item: PsValue, frame: Frame): Promise<boolean> {
  const value = await evaluateExpression(clause.value, frame);
  if (value instanceof PsScriptBlock) return toBoolean(collapse(await frame.run.engine.collectStatements(value.node.statements, frame)));
  const operator = `-${mode.caseSensitive ? 'c' : ''}${mode.match === 'exact' ? 'eq' : mode.match === 'wildcard' ? 'like' : 'match'}`;
  // -wildcard and -regex compare the item's text; -exact compares as -eq does.
  const left = mode.match === 'exact' ? item : toText(item);
  const result = compare(operator, left, mode.match === 'exact' ? value : toText(value));
  if (result.matches) frame.scope.set('Matches', result.matches);
  return toBoolean(result.value);
}

/** Runs a clause's body; `break` leaves the switch, `continue` ends this item, another label goes outward. */
async function runClause(clause: SwitchClause, frame: Frame, output: PsValue[], label: string | undefined): Promise<'break' | 'continue' | 'next'> {
  try {
    output.push(...await frame.run.engine.collectStatements(clause.body.statements, frame));
    return 'next';
  } catch (error) {
    if (!(error instanceof FlowSignal) || (error.kind !== 'break' && error.kind !== 'continue')) throw error;
    if (error.label !== undefined && error.label.toLowerCase() !== label?.toLowerCase()) {
      error.output = [...output, ...error.output];
      throw error;
    }
    output.push(...error.output);
    return error.kind;
  }
}
