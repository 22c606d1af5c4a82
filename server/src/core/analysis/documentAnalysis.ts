// One document's analysis: its syntax tree, every command bound to the catalog, the facts other
// documents need (connectors it creates and names, servers it names), and the findings that depend
// on this document alone. Workspace-wide findings are added by workspaceChecks.ts.

import type { CmdletSpec } from '../catalog/types';
import { allCmdlets } from '../catalog/catalog';
import { CMDLET_NAMES, didYouMean } from '../values/didYouMean';
import type { Command, PipelineStatement, Range, Script } from '../syntax/ast';
import { parseScript } from '../syntax/parser';
import { LineIndex } from '../syntax/positions';
import { walk } from '../syntax/visit';
import { shapeOfExpression } from '../binding/argumentShape';
import { bindCommand, type BoundArgument, type CommandBinding } from '../binding/binding';
import type { Finding } from '../binding/finding';
import { staticValueOf, scalarsOf, type StaticValue } from './staticValue';
import { checkBoundValue } from './valueCheck';
import { checkParameterRules } from './parameterRuleCheck';
import { powerShell7Finding } from './powerShell7Check';

export interface NameOccurrence {
  name: string;
  /** The range of the value that holds the name (inside quotes when quoted). */
  range: Range;
  /** The command it appears in. */
  command: Command;
}

export interface DocumentFacts {
  /** `New-ForeignConnector -Name X` and `Set-ForeignConnector -Name X` (a rename). */
  connectorsCreated: NameOccurrence[];
  /** `-Identity X` of the ForeignConnector cmdlets. */
  connectorReferences: NameOccurrence[];
  /** `-Identity` of the transport service cmdlets and `-SourceTransportServers` values. */
  serverReferences: NameOccurrence[];
  /** `Remove-ForeignConnector X`: a later `New-` of the same name is not a duplicate. */
  connectorsRemoved: NameOccurrence[];
}

export interface DocumentAnalysis {
  uri: string;
  text: string;
  script: Script;
  lines: LineIndex;
  bindings: CommandBinding[];
  facts: DocumentFacts;
  findings: Finding[];
}

export function analyzeDocument(uri: string, text: string): DocumentAnalysis {
  return analyzeScript(uri, text, parseScript(text));
}

/**
 * The analysis of a script already parsed from `text` (or from a part of it, with the ranges of the
 * whole text): what analyzeDocument does after parsing. `lines` may be passed in when the caller
 * already has the text's line index.
 */
export function analyzeScript(uri: string, text: string, script: Script, lines: LineIndex = new LineIndex(text)): DocumentAnalysis {
  const findings: Finding[] = script.diagnostics.map((diagnostic) => ({ ...diagnostic }));
  const bindings = bindAll(script, findings);
  const facts: DocumentFacts = { connectorsCreated: [], connectorReferences: [], serverReferences: [], connectorsRemoved: [] };
  for (const binding of bindings) {
    appendAll(findings, binding.findings);
    for (const bound of binding.bound) {
      // Worked out once per argument: both the value checks and the facts read it.
      const known = bound.value ? staticValueOf(bound.value) : undefined;
      appendAll(findings, checkBoundValue(bound, known, text));
      if (binding.cmdlet && known) collectFact(binding.cmdlet, binding.command, bound, known, facts);
    }
    appendAll(findings, checkParameterRules(binding));
    if (!binding.cmdlet) appendAll(findings, nearMissCmdlet(binding.command));
  }
  return { uri, text, script, lines, bindings, facts, findings };
}

function appendAll<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}

/**
 * Binds every command in the script, in source order, including those nested in blocks; the same
 * walk adds the PowerShell 7 syntax warnings to `findings`.
 */
function bindAll(script: Script, findings: Finding[]): CommandBinding[] {
  const bindings: CommandBinding[] = [];
  walk(script, (node) => {
    if (node.kind === 'Pipeline') bindPipeline(node, bindings);
    const powerShell7 = powerShell7Finding(node);
    if (powerShell7) findings.push(powerShell7);
  });
  return bindings.sort((a, b) => a.command.range.start - b.command.range.start);
}

function bindPipeline(pipeline: PipelineStatement, bindings: CommandBinding[]): void {
  pipeline.elements.forEach((element, index) => {
    if (element.kind === 'Command') bindings.push(bindCommand(element, { pipelineInput: index > 0, shapeOf: shapeOfExpression }));
  });
}

function nearMissCmdlet(command: Command): Finding[] {
  if (command.invocationOperator || !command.name.text.includes('-')) return [];
  const [nearest] = didYouMean(command.name.text, allCmdlets().map((cmdlet: CmdletSpec) => cmdlet.name), CMDLET_NAMES);
  if (!nearest) return [];
  return [{
    code: 'unknown-cmdlet',
    range: command.name.range,
    message: `'${command.name.text}' is not a known cmdlet. Did you mean ${nearest}?`,
    data: { suggestions: [nearest] },
  }];
}

/** What one bound argument tells other documents: a connector created, referenced or removed, a server named. */
function collectFact(cmdlet: CmdletSpec, command: Command, bound: BoundArgument, known: StaticValue, facts: DocumentFacts): void {
  const type = bound.parameter.type;
  const isConnectorCmdlet = cmdlet.outputType === 'ForeignConnector' || /-ForeignConnector$/i.test(cmdlet.name);
  if (isConnectorCmdlet && bound.parameter.name === 'Name') {
    appendAll(facts.connectorsCreated, namesIn(known, command));
  } else if (type.kind === 'identity' && type.of === 'ForeignConnector') {
    const names = namesIn(known, command);
    appendAll(facts.connectorReferences, names);
    if (/^Remove-/i.test(cmdlet.name)) appendAll(facts.connectorsRemoved, names);
  } else if (type.kind === 'identity' && (type.of === 'TransportServer' || type.of === 'Server')) {
    appendAll(facts.serverReferences, namesIn(known, command));
  }
}

function namesIn(known: StaticValue, command: Command): NameOccurrence[] {
  return scalarsOf(known).flatMap((scalar) => {
    if (scalar.kind !== 'string') return [];
    const expression = scalar.expression;
    const range = expression.kind === 'String' ? expression.contentRange : expression.range;
    return [{ name: scalar.value, range, command }];
  });
}
