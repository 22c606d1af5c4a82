// Fuzz target "scripts": random and mutated Exchange Management Shell scripts through the parser,
// checkDocuments and the editor features asked at random positions (completion with resolve, hover,
// signature help). Properties: nothing throws; every syntax-tree range lies in the text and inside
// its parent; every finding's offsets lie in the text; every LSP range (diagnostics, completion
// edits, hover) lies within the document's lines with start ≤ end; a completion edit is on one line
// and contains the cursor (LSP 3.17 requires both); neither the analysis nor the features at one
// offset take longer than CASE_TIME_LIMIT_MS.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { checkDocuments, complete, type DocumentAnalysis, hover, resolveCompletionItem, signatureHelp, type WorkspaceView } from '../../server/src/core/analysis';
import type { Finding } from '../../server/src/core/binding/finding';
import type { Node, Range, Script } from '../../server/src/core/syntax/ast';
import type { LineIndex, LineRange, Position } from '../../server/src/core/syntax/positions';
import { childrenOf } from '../../server/src/core/syntax/visit';
import { generateScript } from '../bench/scriptGenerator';
import { CASE_TIME_LIMIT_MS, type FuzzTarget } from './fuzzTarget';
import { applyEdits, editArbitrary, pieceArbitrary, textReducer } from './mutation';
import { saveText } from './regressionStore';

const URI = 'file:///ws/fuzz.ps1';
const SERVERS = ['Hub01', 'Hub02'];

// ---- properties ---------------------------------------------------------------------------------

/** Runs every property on `text`, asking the editor features at each of `offsets`. Throws on a failure. */
export function checkScript(text: string, offsets: readonly number[]): void {
  const analysis = timed('checkDocuments', () => analyseChecked(text));
  const view: WorkspaceView = { documents: [analysis], servers: SERVERS, simulatedConnectors: [] };
  for (const offset of offsets) timed(`features at offset ${offset}`, () => checkFeaturesAt(analysis, view, offset));
}

/** Every offset of a short text, evenly spread ones of a long text: what a saved case is replayed at. */
export function replayOffsets(text: string, max = 2000): number[] {
  const step = Math.max(1, Math.ceil((text.length + 1) / max));
  const offsets: number[] = [];
  for (let offset = 0; offset <= text.length; offset += step) offsets.push(offset);
  if (offsets.at(-1) !== text.length) offsets.push(text.length);
  return offsets;
}

function timed<T>(what: string, run: () => T): T {
  const started = performance.now();
  const result = run();
  const elapsed = performance.now() - started;
  assert.ok(elapsed < CASE_TIME_LIMIT_MS, `${what} took ${elapsed.toFixed(0)} ms (limit ${CASE_TIME_LIMIT_MS} ms)`);
  return result;
}

function analyseChecked(text: string): DocumentAnalysis {
  const [checked] = checkDocuments([{ uri: URI, text }], { declaredServers: SERVERS, servers: SERVERS, simulatedConnectors: [] });
  checkTree(text, checked.analysis.script);
  checkFindings(text, checked.findings);
  for (const diagnostic of checked.diagnostics) checkLineRange(checked.analysis.lines, diagnostic.range, `diagnostic ${diagnostic.code}`);
  return checked.analysis;
}

function assertInText(text: string, range: Range, what: string): void {
  assert.ok(Number.isInteger(range.start) && Number.isInteger(range.end), `${what}: integer offsets ${JSON.stringify(range)}`);
  assert.ok(range.start >= 0 && range.start <= range.end && range.end <= text.length, `${what}: ${JSON.stringify(range)} within 0..${text.length}`);
}

/** Iterative, since `1 + 1 + ... + 1` makes a tree as deep as the chain is long. */
function checkTree(text: string, script: Script): void {
  assert.deepEqual(script.range, { start: 0, end: text.length }, 'the script covers the text');
  for (const diagnostic of script.diagnostics) assertInText(text, diagnostic.range, `syntax diagnostic ${diagnostic.code}`);
  for (const comment of script.comments) assertInText(text, comment.range, 'comment');
  const stack: [Node, Node | undefined][] = [[script, undefined]];
  while (stack.length > 0) {
    const [node, parent] = stack.pop() as [Node, Node | undefined];
    assertInText(text, node.range, node.kind);
    if (parent) {
      const inside = node.range.start >= parent.range.start && node.range.end <= parent.range.end;
      assert.ok(inside, `${node.kind} ${JSON.stringify(node.range)} inside ${parent.kind} ${JSON.stringify(parent.range)}`);
    }
    for (const child of childrenOf(node)) stack.push([child, node]);
  }
}

function checkFindings(text: string, findings: readonly Finding[]): void {
  for (const finding of findings) {
    assertInText(text, finding.range, `finding ${finding.code}`);
    assert.ok(finding.message.length > 0, `finding ${finding.code} has a message`);
  }
}

function lineLength(lines: LineIndex, line: number): number {
  return lines.lineEndOffset(line) - lines.lineStartOffset(line);
}

function checkPosition(lines: LineIndex, position: Position, what: string): void {
  const { line, character } = position;
  assert.ok(Number.isInteger(line) && Number.isInteger(character), `${what}: integer position ${JSON.stringify(position)}`);
  assert.ok(line >= 0 && line < lines.lineCount, `${what}: line ${line} of ${lines.lineCount}`);
  assert.ok(character >= 0 && character <= lineLength(lines, line), `${what}: character ${character} of a line of ${lineLength(lines, line)}`);
}

const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character <= b.character);

function checkLineRange(lines: LineIndex, range: LineRange, what: string): void {
  checkPosition(lines, range.start, `${what} start`);
  checkPosition(lines, range.end, `${what} end`);
  assert.ok(before(range.start, range.end), `${what}: start after end ${JSON.stringify(range)}`);
}

function checkFeaturesAt(analysis: DocumentAnalysis, view: WorkspaceView, rawOffset: number): void {
  // An editor never puts the cursor between the \r and \n of a line break.
  const offset = analysis.text[rawOffset - 1] === '\r' && analysis.text[rawOffset] === '\n' ? rawOffset - 1 : rawOffset;
  const position = analysis.lines.positionAt(offset);
  const at = `at ${JSON.stringify(position)} (offset ${offset})`;
  checkCompletion(analysis, view, position, at);
  const hovered = hover(analysis, position, view);
  if (hovered) {
    // Not required to hold the position: on the quote (or `@'` line) of a string the hover names its contents.
    checkLineRange(analysis.lines, hovered.range, `hover ${at}`);
    assert.ok(hovered.contents.value.length > 0, `hover ${at}: contents`);
  }
  const help = signatureHelp(analysis, position);
  if (help) {
    assert.ok(help.activeSignature >= 0 && help.activeSignature < help.signatures.length, `signature help ${at}: active signature ${help.activeSignature} of ${help.signatures.length}`);
    for (const signature of help.signatures) {
      for (const { label: [start, end] } of signature.parameters) {
        assert.ok(start >= 0 && start <= end && end <= signature.label.length, `signature help ${at}: parameter label [${start}, ${end}] in ${JSON.stringify(signature.label)}`);
      }
    }
  }
}

function checkCompletion(analysis: DocumentAnalysis, view: WorkspaceView, position: Position, at: string): void {
  const list = complete(analysis, position, view);
  for (const item of list.items) {
    const what = `completion ${JSON.stringify(item.label)} ${at}`;
    assert.ok(item.label.length > 0, `${what}: a label`);
    const { range } = item.textEdit;
    checkLineRange(analysis.lines, range, what);
    assert.equal(range.start.line, range.end.line, `${what}: the edit range ${JSON.stringify(range)} is on one line`);
    assert.ok(before(range.start, position) && before(position, range.end), `${what}: the edit range ${JSON.stringify(range)} holds the cursor`);
  }
  // Resolve is cheap per item; one of each kind of data is enough.
  const kinds = new Set<string | undefined>();
  for (const item of list.items) {
    if (kinds.has(item.data?.kind)) continue;
    kinds.add(item.data?.kind);
    resolveCompletionItem(item);
  }
}

// ---- generators ---------------------------------------------------------------------------------

/** Constructs the generated and sample scripts lack: param blocks, splatting, here-strings, loops. */
const HANDWRITTEN = [
  '[CmdletBinding()]\nparam(\n  [Parameter(Mandatory = $true)][string]$Name,\n  [string[]]$Servers = @("Hub01", "Hub02")\n)\n$params = @{ Name = $Name; AddressSpaces = "SMTP:*.contoso.com;1"\n  Comment = "x" }\nNew-ForeignConnector @params',
  'foreach ($s in $Servers) {\n  if ($s -like "Hub*") { Set-TransportService $s -PickupDirectoryPath "C:\\Pickup" -ReplayDirectoryPath C:\\Replay }\n  else { Write-Warning "skip $s" }\n}',
  '$h = @"\nReport for $($env:COMPUTERNAME): $(Get-Date -Format "yyyy")\n"@\nGet-ForeignConnector | Where-Object { $_.Name -match "^C" } | Format-List Name,AddressSpaces',
  'Set-ForeignConnector -Identity "Contoso Foreign Connector" -AddressSpaces @{Add="X400:c=US;a= ;p=Contoso;o=Sales;s=Smith;10"; Remove="SMTP:*.fabrikam.com;1"} -MaxMessageSize 10MB -DropDirectoryQuota unlimited -Enabled:$false -RelayDsnRequired $true `\r\n  -Comment \'it\'\'s\'',
  'New-ForeignConnector -Name Fax -AddressSpaces "FAX:+1425*;3","X400:c=GB;a=Tailspin;p=Org1;dda:RFC-822=pat(a)contoso.com;2" -SourceTransportServers Hub01 -IsScopedConnector $false\nRemove-ForeignConnector Fax -Confirm:$false',
  'Get-MessageTrackingLog -Server Hub01 -Start "03/13/2024 09:00" -EventId DELIVER -ResultSize Unlimited | Select-Object Timestamp,Recipients | Sort-Object Timestamp',
  'try {\n  Get-ForeignConnector Contoso -ErrorAction Stop\n}\ncatch [System.Management.Automation.RuntimeException], [int] { Write-Warning "$_"; throw }\nfinally { "done" }\n:outer foreach ($s in 1..2) { while ($true) { break outer } }\ntrap { continue }',
  '[DscResource()]\nclass Connector : Base, IThing {\n  [DscProperty(Key)][string] $Name\n  hidden static [int] $Count = 0\n  Connector() : base(1) { }\n  [string] ToString() { return $this.Name }\n}\n[Flags()] enum Kind { A = 1; B }\ndata Text -SupportedCommand ConvertFrom-StringData { "x" }',
];

const SCRIPT_TOKENS = [
  '"', "'", '`', '`\n', '{', '}', '(', ')', '[', ']', '@{', '@(', '$(', '-', '--', ';', '|', '\n', '\r\n', '\r', ' ', '\t', ',', '=',
  '#', '<#', '#>', '@"\n', '\n"@', "@'\n", "\n'@", '$', '$x', '$_', '$true', ':', '::', '.', '..', '*', '%', '10MB', '0x10', '-1',
  '-Name', '-AddressSpaces', '-AddressSpaces:', '-Ad', '-DropDirectory', '-SourceTransportServers', '-Enabled:$false', '-Identity', '-WhatIf',
  'New-ForeignConnector ', 'Set-ForeignConnector ', 'Set-TransportService ', 'Get-ForeignConnector | ', 'Format-List ', '%{ $_ }',
  'X400:', 'c=US;', 'a= ;', 'a=Fabrikam;', 'p=Contoso;', 'o=Sales;', 'ou1=', 's=Smith', 'dda:', 'dda:SMTP=', ';5', ';100', ';0', ';101',
  'SMTP:', 'SMTP:*;1', '*.contoso.com', 'FAX:', '"X400:c=US;a=Fabrikam;p=Contoso;5"', "'X400:c=US;a= ;p=Contoso'", 'Hub01', 'Hub0',
  'try ', 'catch ', 'finally ', 'trap ', 'class ', 'enum ', 'data ', ':outer ', 'static ', 'hidden ', ' : base(', 'break outer',
  'C:\\Drop', '\\\\server\\share', '\u201C', '\u201D', '\u2018', '\u2013', '\u00A0', 'ä', '😀',
];

function scriptCorpus(): string[] {
  const samples = path.resolve(__dirname, '../../samples/contoso');
  const sampleTexts = fs.readdirSync(samples).filter((name) => name.endsWith('.ps1')).sort().map((name) => fs.readFileSync(path.join(samples, name), 'utf8'));
  // Short generated scripts keep a case around a millisecond, so a million cases fit in minutes.
  const generated = Array.from({ length: 24 }, (_, index) => generateScript({ statements: 1 + (index % 12), seed: 1000 + index, mistakes: 0.3 }));
  return [...sampleTexts, ...HANDWRITTEN, ...generated];
}

export interface ScriptCase {
  text: string;
  /** Natural numbers, taken modulo text.length + 1; the end of the text is always asked too. */
  positions: number[];
  /** Asks at every offset instead (replayOffsets): while a failing text is shrunk, and in replays. */
  everyOffset?: boolean;
}

export function offsetsOf(value: ScriptCase): number[] {
  if (value.everyOffset) return replayOffsets(value.text);
  return [value.text.length, ...value.positions.map((position) => position % (value.text.length + 1))];
}

function scriptText(corpus: readonly string[]): fc.Arbitrary<string> {
  const pieces = pieceArbitrary(SCRIPT_TOKENS);
  const lines = corpus.flatMap((text) => text.split(/\r?\n/)).filter((line) => line.trim() !== '');
  const mutated = fc.tuple(fc.constantFrom(...corpus), fc.array(editArbitrary(pieces), { maxLength: 8 })).map(([text, edits]) => applyEdits(text, edits));
  const recombined = fc.tuple(fc.array(fc.constantFrom(...lines), { minLength: 1, maxLength: 12 }), fc.constantFrom('\n', '\r\n', '; ', ' | ', ' `\n', '\r'))
    .map(([chosen, separator]) => chosen.join(separator));
  const mutatedRecombined = fc.tuple(recombined, fc.array(editArbitrary(pieces), { minLength: 1, maxLength: 4 })).map(([text, edits]) => applyEdits(text, edits));
  const soup = fc.array(fc.oneof({ weight: 3, arbitrary: pieces }, fc.constantFrom('a', 'Z', '0', 'x', '-', ' ')), { maxLength: 60 }).map((parts) => parts.join(''));
  // Long runs of one piece find super-linear behaviour (deep nesting, unterminated constructs).
  const repeated = fc.tuple(pieces, fc.integer({ min: 1, max: 3000 })).map(([piece, times]) => piece.repeat(times));
  return fc.oneof(
    { weight: 8, arbitrary: mutated },
    { weight: 3, arbitrary: recombined },
    { weight: 3, arbitrary: mutatedRecombined },
    { weight: 3, arbitrary: soup },
    { weight: 1, arbitrary: repeated },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
  );
}

export function scriptsTarget(): FuzzTarget<ScriptCase> {
  return {
    name: 'scripts',
    casesPerRun: 1,
    async: false,
    arbitrary: fc.record({ text: scriptText(scriptCorpus()), positions: fc.array(fc.nat(), { minLength: 1, maxLength: 3 }) }),
    reducer: textReducer(1_000_000).map((text): ScriptCase => ({ text, positions: [], everyOffset: true }), (value) => (value as ScriptCase).text),
    open: async () => ({ check: (value) => checkScript(value.text, offsetsOf(value)), close: async () => {} }),
    save: (value) => saveText('scripts', value.text),
    describe: (value) => `${JSON.stringify(value.text)} at offsets ${JSON.stringify(offsetsOf(value))}`,
  };
}
