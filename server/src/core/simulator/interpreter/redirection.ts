// Runs a command or an expression with its redirections, as Windows PowerShell 5.1 does:
// `> $null` drops the output, `2>$null` the errors, `*>$null` everything; `2>&1` turns the errors
// into output objects; `> file` and `>> file` write the output as the console would show it, to a
// file inside the workspace (Out-File's Unicode text, a byte-order mark on a new file, CRLF lines).
// The simulator has no warning, verbose or debug streams (3, 4, 5): redirecting them changes nothing
// but still creates the file, as PowerShell does.

import type { Expression, Range, Redirection } from '../../syntax/ast';
import { SimulatorError } from '../errors';
import { toText } from './conversion';
import { formatErrorRecord } from './errorFormat';
import { engineError, notSupported, StatementTerminatingError, type ErrorRecord } from './errorRecord';
import { evaluateExpression } from './expressions';
import { formatForHost } from './format/objectFormatting';
import type { PsValue } from './psValue';
import type { Frame } from './runContext';
import type { StreamRedirects } from './streamRedirects';
import { errorRecordValue } from './tryStatement';

type Stream = 'output' | 'error' | 'warning' | 'verbose' | 'debug' | 'information';

const STREAM_NUMBERS: Record<string, Stream> = { '': 'output', 1: 'output', 2: 'error', 3: 'warning', 4: 'verbose', 5: 'debug', 6: 'information' };
const ALL_STREAMS: Stream[] = ['output', 'error', 'warning', 'verbose', 'debug', 'information'];

/** Where one stream goes: dropped, merged into the output, or to a file. */
type Destination = { kind: 'discard' } | { kind: 'merge' } | { kind: 'file'; file: FileTarget };

interface FileTarget {
  path: string;
  /** The redirection that names the file, for an error about it. */
  range: Range;
  append: boolean;
  /** Lines of the error and information streams, in the order they were written. */
  lines: string[];
  /** Whether the output stream goes here too (it is written after, as the console lays it out). */
  takesOutput: boolean;
}

export async function runRedirected(redirections: readonly Redirection[] | undefined, frame: Frame, produce: () => Promise<PsValue[]>): Promise<PsValue[]> {
  if (!redirections || redirections.length === 0) return produce();
  const destinations = await destinationsOf(redirections, frame);
  const merged: PsValue[] = [];
  frame.run.redirects.push(sinksFor(destinations, merged, frame));
  let output: PsValue[];
  try {
    output = [...await produce(), ...merged];
  } finally {
    frame.run.redirects.pop();
  }
  return finish(destinations, output, frame);
}

/** Each redirection in order; a later one for the same stream wins, as in PowerShell. */
async function destinationsOf(redirections: readonly Redirection[], frame: Frame): Promise<Map<Stream, Destination>> {
  const destinations = new Map<Stream, Destination>();
  const files = new Map<string, FileTarget>();
  for (const redirection of redirections) {
    const parsed = /^([1-6*]?)(>>?)(?:&([12]))?$/.exec(redirection.operator);
    if (!parsed) throw notSupported(`The redirection '${redirection.operator}'`, redirection.range);
    const [, from, arrows, into] = parsed;
    const streams = from === '*' ? ALL_STREAMS : [STREAM_NUMBERS[from]];
    if (into !== undefined) {
      // Windows PowerShell merges streams only into the output (`2>&1`, `*>&1`).
      if (into !== '1' || streams.includes('output') && from !== '*') throw notSupported(`The redirection '${redirection.operator}'`, redirection.range, ': Windows PowerShell 5.1 merges streams only into the output, as in 2>&1');
      for (const stream of streams) if (stream !== 'output') destinations.set(stream, { kind: 'merge' });
      continue;
    }
    const destination = await targetOf(redirection, arrows === '>>', files, frame);
    for (const stream of streams) destinations.set(stream, destination);
  }
  for (const destination of destinations.values()) if (destination.kind === 'file' && destinations.get('output') === destination) destination.file.takesOutput = true;
  return destinations;
}

async function targetOf(redirection: Redirection, append: boolean, files: Map<string, FileTarget>, frame: Frame): Promise<Destination> {
  const target: Expression | undefined = redirection.target;
  if (!target) return { kind: 'discard' };
  const value = await evaluateExpression(target, frame);
  if (value === null) return { kind: 'discard' };
  const path = toText(value);
  const key = path.toLowerCase();
  const known = files.get(key);
  if (known) return { kind: 'file', file: known };
  const file: FileTarget = { path, range: redirection.range, append, lines: [], takesOutput: false };
  files.set(key, file);
  return { kind: 'file', file };
}

function sinksFor(destinations: Map<Stream, Destination>, merged: PsValue[], frame: Frame): StreamRedirects {
  const sinks: StreamRedirects = {};
  const errors = destinations.get('error');
  if (errors) sinks.errors = errorSink(errors, merged, frame);
  const host = destinations.get('information');
  if (host) sinks.host = hostSink(host, merged);
  return sinks;
}

function errorSink(destination: Destination, merged: PsValue[], frame: Frame): (record: ErrorRecord) => void {
  switch (destination.kind) {
    case 'discard':
      return () => undefined;
    case 'merge':
      return (record) => merged.push(errorRecordValue(record));
    case 'file':
      return (record) => destination.file.lines.push(...formatErrorRecord(record, frame.run.source));
  }
}

function hostSink(destination: Destination, merged: PsValue[]): (lines: string[]) => void {
  switch (destination.kind) {
    case 'discard':
      return () => undefined;
    case 'merge':
      return (lines) => merged.push(lines.join('\n'));
    case 'file':
      return (lines) => destination.file.lines.push(...lines);
  }
}

/** Writes the files and returns what still goes down the pipeline. */
async function finish(destinations: Map<Stream, Destination>, output: PsValue[], frame: Frame): Promise<PsValue[]> {
  const written = new Set<FileTarget>();
  for (const destination of destinations.values()) {
    if (destination.kind !== 'file' || written.has(destination.file)) continue;
    written.add(destination.file);
    const file = destination.file;
    const lines = file.takesOutput && output.length > 0 ? [...file.lines, ...await formatForHost(output, frame)] : file.lines;
    await writeText(file, lines, frame);
  }
  const target = destinations.get('output');
  return target ? [] : output;
}

/** Out-File's text: UTF-16 little-endian, a byte-order mark when the file is new, each line ending in CRLF. */
async function writeText(file: FileTarget, lines: string[], frame: Frame): Promise<void> {
  const session = frame.run.simulator;
  const appending = file.append && await session.fileExists(file.path);
  const text = lines.map((line) => `${line}\r\n`).join('');
  const body = Buffer.from(text, 'utf16le');
  try {
    if (appending) await session.appendToFile(file.path, body);
    else await session.replaceFile(file.path, Buffer.concat([Buffer.from([0xff, 0xfe]), body]));
  } catch (error) {
    // A path outside the workspace (or unmapped) fails this statement, as a bad path fails Out-File.
    if (!(error instanceof SimulatorError)) throw error;
    throw new StatementTerminatingError(engineError(error.message, {
      category: 'OpenError', reason: error.name, errorId: 'FileOpenFailure,Microsoft.PowerShell.Commands.OutFileCommand', activity: 'Out-File', range: file.range,
    }));
  }
}
