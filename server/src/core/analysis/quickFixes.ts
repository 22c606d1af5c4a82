// The fix for each diagnostic code that has an obvious one, as document-offset edits. The facts a
// fix needs travel in the diagnostic's `data` (suggestions, candidates, missing parameters); for
// address-space problems, which carry none, the fix reads the text the diagnostic points at.

import { suggestedX400Attribute } from '../addressSpace/x400Attributes';
import { DEFAULT_COST } from '../addressSpace/addressSpaceCost';
import { findCmdlet, findParameter } from '../catalog/catalog';
import type { ParameterSpec } from '../catalog/types';
import type { Range } from '../syntax/ast';
import { didYouMean, LISTED_VALUES } from '../values/didYouMean';
import type { DocumentAnalysis } from './documentAnalysis';
import { knownConnectorNames, type WorkspaceView } from './workspaceView';

export interface OffsetEdit {
  range: Range;
  newText: string;
}

export interface Fix {
  title: string;
  edits: OffsetEdit[];
}

export interface FixRequest {
  analysis: DocumentAnalysis;
  view: WorkspaceView;
  code: string;
  /** The diagnostic's range, as document offsets. */
  range: Range;
  data: Record<string, unknown>;
}

type FixMaker = (request: FixRequest) => Fix[];

const fixMakers: Record<string, FixMaker> = {
  'unknown-cmdlet': (request) => strings(request.data.suggestions).map((name) => replace(request.range, name, `Change to ${name}`)),
  'unknown-parameter': (request) => strings(request.data.suggestions).map((name) => replace(request.range, `-${name}`, `Change to -${name}`)),
  'ambiguous-parameter': (request) => strings(request.data.candidates).map((name) => replace(request.range, `-${name}`, `Expand to -${name}`)),
  'invalid-enum-value': (request) => strings(request.data.suggestions).slice(0, 1).map((value) => replace(request.range, value, `Change to ${value}`)),
  'invalid-boolean': (request) => strings([request.data.replacement]).map((value) => replace(request.range, value, `Change to ${value}`)),
  'missing-mandatory-parameter': addMandatoryParameters,
  'duplicate-parameter': removeRepeatedParameter,
  'x400-unknown-attribute': normaliseX400Key,
  'type-x400-misspelled': (request) => [replace(request.range, 'X400', 'Change the type to X400')],
  'smtp-looks-like-x400': (request) => [addX400Type(request)],
  'cost-required': (request) => [insert(request.range.end, `;${DEFAULT_COST}`, `Add the cost ;${DEFAULT_COST}`)],
  'cost-empty': (request) => [insert(request.range.end, String(DEFAULT_COST), `Add the cost ${DEFAULT_COST}`)],
  'unknown-connector': closestConnector,
};

export function fixesFor(request: FixRequest): Fix[] {
  const maker = fixMakers[request.code];
  return maker ? maker(request) : [];
}

function strings(value: unknown): string[] {
  return (Array.isArray(value) ? value : []).filter((item): item is string => typeof item === 'string' && item !== '');
}

function replace(range: Range, newText: string, title: string): Fix {
  return { title, edits: [{ range, newText }] };
}

function insert(at: number, newText: string, title: string): Fix {
  return { title, edits: [{ range: { start: at, end: at }, newText }] };
}

function textAt(request: FixRequest): string {
  return request.analysis.text.slice(request.range.start, request.range.end);
}

/** `New-ForeignConnector -Name X` + ` -AddressSpaces ""`: placeholders the next diagnostics point at. */
function addMandatoryParameters(request: FixRequest): Fix[] {
  const binding = request.analysis.bindings.find((candidate) => candidate.command.name.range.start === request.range.start);
  const cmdlet = binding?.cmdlet ?? findCmdlet(textAt(request));
  if (!binding || !cmdlet) return [];
  const missing = strings(request.data.missing).flatMap((name) => findParameter(cmdlet, name) ?? []);
  if (missing.length === 0) return [];
  const text = missing.map((parameter) => ` -${parameter.name}${placeholderFor(parameter)}`).join('');
  const names = missing.map((parameter) => `-${parameter.name}`).join(', ');
  return [insert(binding.command.range.end, text, `Add the missing ${names}`)];
}

function placeholderFor(parameter: ParameterSpec): string {
  const type = parameter.type;
  if (type.kind === 'switch') return '';
  if (type.kind === 'boolean') return ' $true';
  if (type.kind === 'enum') return ` ${type.values[0]}`;
  if (type.kind === 'scriptBlock') return ' { }';
  return ' ""';
}

/** Deletes the repeated `-Name value`, with the blank before it. */
function removeRepeatedParameter(request: FixRequest): Fix[] {
  const { analysis, range } = request;
  for (const binding of analysis.bindings) {
    const bound = binding.bound.find((candidate) => candidate.nameElement?.nameRange.start === range.start);
    if (!bound) continue;
    let start = bound.range.start;
    while (start > 0 && /[ \t]/.test(analysis.text[start - 1])) start--;
    return [{ title: `Remove the repeated -${bound.parameter.name}`, edits: [{ range: { start, end: bound.range.end }, newText: '' }] }];
  }
  return [];
}

/** `pr=` → `p=`: the closest known key, written as Exchange displays it. */
function normaliseX400Key(request: FixRequest): Fix[] {
  const written = textAt(request).trim();
  const info = suggestedX400Attribute(written);
  return info ? [replace(request.range, info.key, `Change the attribute key to ${info.key}`)] : [];
}

function addX400Type(request: FixRequest): Fix {
  const text = textAt(request);
  const edits: OffsetEdit[] = [{ range: { start: request.range.start, end: request.range.start }, newText: 'X400:' }];
  if (!/;\s*\d+\s*$/.test(text)) edits.push({ range: { start: request.range.end, end: request.range.end }, newText: `;${DEFAULT_COST}` });
  return { title: 'Mark it as an X400 address space', edits };
}

function closestConnector(request: FixRequest): Fix[] {
  const written = typeof request.data.name === 'string' ? request.data.name : textAt(request);
  const quoted = /["']/.test(request.analysis.text[request.range.start - 1] ?? '');
  return didYouMean(written, knownConnectorNames(request.view), { ...LISTED_VALUES, limit: 1 }).map((name) => {
    const newText = quoted || /^[\w.-]+$/.test(name) ? name : `"${name}"`;
    return replace(request.range, newText, `Change to '${name}'`);
  });
}
