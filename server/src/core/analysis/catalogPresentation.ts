// How catalog entries read in the editor: a parameter's accepted range (its type's name comes from
// catalog/typeNames.ts), the syntax line of a parameter set (as Get-Command -Syntax prints it), and the
// Markdown that hover, completion documentation and signature help share.

import { commonParameters, membershipInSet, parametersOf } from '../catalog/catalog';
import { helpTypeName } from '../catalog/typeNames';
import { EXCHANGE_SHELL_VERSION } from '../syntax/powerShell7';
import type { CmdletSpec, ExchangeVersion, ParameterSpec } from '../catalog/types';
import { formatSize } from '../values/byteQuantifiedSize';
import { formatTimeSpan } from '../values/enhancedTimeSpan';
import { MAX_COST, MIN_COST } from '../addressSpace/addressSpaceCost';
import { cmdletVersions, parameterVersions, TARGET_VERSIONS, versionList } from '../catalog/exchangeVersions';

/** What values the parameter accepts beyond its type, in words; undefined when any value of the type goes. */
export function rangeText(parameter: ParameterSpec): string | undefined {
  const type = parameter.type;
  switch (type.kind) {
    case 'int':
      return bounds(type.min, type.max, (n) => n.toLocaleString('en-US'), type.unlimited);
    case 'size':
      return bounds(type.min, type.max, (n) => formatSize({ unlimited: false, bytes: n }), type.unlimited);
    case 'timespan':
      return bounds(type.min, type.max, formatTimeSpan, false);
    case 'enum':
      return `one of ${type.values.join(', ')}`;
    case 'string':
      return type.maxLength !== undefined ? `at most ${type.maxLength} characters` : type.patternHint;
    case 'boolean':
      return '$true or $false';
    case 'addressSpace':
      return `[Type:]Address[;Cost]; type SMTP, X400 or a custom one; cost ${MIN_COST}–${MAX_COST}, lower preferred, 1 when omitted`;
    case 'path':
      return type.local ? 'a full local path such as C:\\Pickup' : 'a full local or UNC path';
    default:
      return undefined;
  }
}

function bounds(min: number | undefined, max: number | undefined, show: (n: number) => string, unlimited: boolean | undefined): string | undefined {
  const orUnlimited = unlimited ? ', or unlimited' : '';
  if (min !== undefined && max !== undefined) return `${show(min)} to ${show(max)}${orUnlimited}`;
  if (min !== undefined) return `at least ${show(min)}${orUnlimited}`;
  if (max !== undefined) return `at most ${show(max)}${orUnlimited}`;
  return unlimited ? 'a value, or unlimited' : undefined;
}

// ---- syntax lines -------------------------------------------------------------------------------

export interface SyntaxLine {
  /** `New-ForeignConnector [-Name] <String> -AddressSpaces <MultiValuedProperty> ... [<CommonParameters>]` */
  text: string;
  /** Each parameter's span in `text`, in the order written. */
  parameters: { parameter: ParameterSpec; start: number; end: number }[];
}

/** The parameters of a set in Get-Command's order: positional by position, then mandatory, then the rest. */
export function orderedParametersOf(cmdlet: CmdletSpec, set: string): ParameterSpec[] {
  const own = parametersOf(cmdlet).filter((parameter) => !commonParameters.includes(parameter) && membershipInSet(cmdlet, parameter, set) !== undefined);
  const position = (parameter: ParameterSpec) => membershipInSet(cmdlet, parameter, set)?.position;
  const mandatory = (parameter: ParameterSpec) => membershipInSet(cmdlet, parameter, set)?.mandatory === true;
  const positional = own.filter((parameter) => position(parameter) !== undefined).sort((a, b) => (position(a) ?? 0) - (position(b) ?? 0));
  const named = own.filter((parameter) => position(parameter) === undefined);
  return [...positional, ...named.filter(mandatory), ...named.filter((parameter) => !mandatory(parameter))];
}

export function syntaxLine(cmdlet: CmdletSpec, set: string): SyntaxLine {
  let text = cmdlet.name;
  const parameters: SyntaxLine['parameters'] = [];
  for (const parameter of orderedParametersOf(cmdlet, set)) {
    text += ' ';
    const start = text.length;
    text += parameterSyntax(cmdlet, parameter, set);
    parameters.push({ parameter, start, end: text.length });
  }
  if (cmdlet.commonParameters) text += ' [<CommonParameters>]';
  return { text, parameters };
}

/** `[-Name] <String>`, `-AddressSpaces <MultiValuedProperty>`, `[[-Identity] <T>]`, `[-WhatIf]`. */
export function parameterSyntax(cmdlet: CmdletSpec, parameter: ParameterSpec, set: string): string {
  const membership = membershipInSet(cmdlet, parameter, set) ?? {};
  const name = membership.position !== undefined ? `[-${parameter.name}]` : `-${parameter.name}`;
  const written = parameter.type.kind === 'switch' ? name : `${name} <${helpTypeName(parameter)}>`;
  return membership.mandatory ? written : `[${written}]`;
}

// ---- Markdown -----------------------------------------------------------------------------------

/** The most parameter sets a hover lists; Where-Object has thirty. */
const MAX_SETS_SHOWN = 6;

export function cmdletMarkdown(cmdlet: CmdletSpec): string {
  const sets = cmdlet.parameterSets.slice(0, MAX_SETS_SHOWN);
  const syntax = sets.map((set) => (cmdlet.parameterSets.length > 1 ? `# ${set}\n` : '') + syntaxLine(cmdlet, set).text).join('\n');
  const more = cmdlet.parameterSets.length > MAX_SETS_SHOWN ? `\n\n…and ${cmdlet.parameterSets.length - MAX_SETS_SHOWN} more parameter sets.` : '';
  const aliases = cmdlet.aliases?.length ? ` (alias ${cmdlet.aliases.join(', ')})` : '';
  const parts = [`**${cmdlet.name}**${aliases} — ${cmdlet.module}`, cmdlet.synopsis, '```powershell\n' + syntax + '\n```' + more];
  if (cmdlet.description) parts.push(cmdlet.description);
  const versions = someVersionsOnly(cmdletVersions(cmdlet));
  if (versions) parts.push(`Only in ${versions}.`);
  if (cmdlet.example) parts.push('Example:\n```powershell\n' + cmdlet.example + '\n```');
  return parts.join('\n\n');
}

export function parameterMarkdown(cmdlet: CmdletSpec, parameter: ParameterSpec): string {
  const lines = [`**-${parameter.name}** \`<${helpTypeName(parameter)}>\` — ${cmdlet.name}`, parameter.description];
  const facts: string[] = [];
  const range = rangeText(parameter);
  if (range) facts.push(`Accepts: ${range}`);
  if (parameter.default !== undefined) facts.push(`Default: ${parameter.default.shown}`);
  facts.push(...membershipFacts(cmdlet, parameter));
  if (parameter.aliases?.length) facts.push(`Aliases: ${parameter.aliases.map((alias) => `-${alias}`).join(', ')}`);
  if (parameter.reserved) facts.push('Reserved for Microsoft\'s internal use.');
  if (parameter.powerShell7Only) facts.push(`PowerShell 7 only: ${EXCHANGE_SHELL_VERSION}, which lacks it.`);
  const versions = someVersionsOnly(parameterVersions(cmdlet, parameter));
  if (versions) facts.push(`Only in ${versions}`);
  if (facts.length > 0) lines.push(facts.map((fact) => `- ${fact}`).join('\n'));
  return lines.join('\n\n');
}

function membershipFacts(cmdlet: CmdletSpec, parameter: ParameterSpec): string[] {
  if (commonParameters.includes(parameter)) return ['A PowerShell common parameter.'];
  const sets = cmdlet.parameterSets.filter((set) => membershipInSet(cmdlet, parameter, set) !== undefined);
  const facts: string[] = [];
  const mandatoryIn = sets.filter((set) => membershipInSet(cmdlet, parameter, set)?.mandatory);
  if (mandatoryIn.length > 0) facts.push(cmdlet.parameterSets.length > 1 ? `Mandatory in ${mandatoryIn.join(', ')}` : 'Mandatory');
  const position = sets.map((set) => membershipInSet(cmdlet, parameter, set)?.position).find((value) => value !== undefined);
  if (position !== undefined) facts.push(`Position: ${position}`);
  if (cmdlet.parameterSets.length > 1 && sets.length < cmdlet.parameterSets.length) facts.push(`Parameter sets: ${sets.join(', ')}`);
  return facts;
}

/** `Exchange 2016, 2019 and SE` when some version a script can target lacks it; undefined when every one has it. */
function someVersionsOnly(versions: readonly ExchangeVersion[]): string | undefined {
  return TARGET_VERSIONS.every((version) => versions.includes(version)) ? undefined : versionList(versions);
}
