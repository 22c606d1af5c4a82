// Completion of a parameter's value, from the parameter's type in the catalog: $true/$false for
// Booleans, the allowed values of an enumeration, connector names for a connector identity (from the
// workspace's scripts and the simulator's state), server names, property names of the piped objects,
// and address-space starters. Names that need quotes get them when the cursor is not inside quotes.

import { CompletionItemKind, InsertTextFormat } from 'vscode-languageserver-types';
import { allObjectTypes, findObjectType } from '../catalog/catalog';
import type { ParameterSpec } from '../catalog/types';
import type { Range } from '../syntax/ast';
import type { CommandBinding } from '../binding/binding';
import type { DocumentAnalysis } from './documentAnalysis';
import type { CompletionItem } from './editorResults';
import { bindingOf, pipelineOf } from './syntaxQueries';
import { knownConnectorNames, type WorkspaceView } from './workspaceView';

export interface ValueRequest {
  analysis: DocumentAnalysis;
  workspace: WorkspaceView;
  binding: CommandBinding;
  parameter: ParameterSpec;
  /** The document range the chosen value replaces. */
  range: Range;
  /** True inside a string's quotes: insert the bare text. */
  quoted: boolean;
  /** Values already in the list, not offered again. */
  listed: readonly string[];
}

export function valueCompletions(request: ValueRequest): CompletionItem[] {
  const type = request.parameter.type;
  switch (type.kind) {
    case 'boolean':
    case 'switch':
      return request.quoted ? [] : constants(request, ['$true', '$false']);
    case 'enum':
      return names(request, type.values, CompletionItemKind.EnumMember, `-${request.parameter.name}`);
    case 'identity':
      if (type.of === 'ForeignConnector') return names(request, knownConnectorNames(request.workspace), CompletionItemKind.Reference, 'Foreign connector');
      // The workspace knows its servers and Foreign connectors; other objects only a run would know.
      return type.of === 'Server' || type.of === 'TransportServer' ? names(request, request.workspace.servers, CompletionItemKind.Module, 'Server') : [];
    case 'propertyName':
      return propertyCompletions(request);
    case 'size':
    case 'int':
      return type.unlimited && !request.quoted ? constants(request, ['unlimited']) : [];
    case 'addressSpace':
      return request.quoted ? [] : addressSpaceStarters(request);
    default:
      return [];
  }
}

function editOf(request: ValueRequest, newText: string) {
  return { range: request.analysis.lines.rangeAt(request.range.start, request.range.end), newText };
}

function constants(request: ValueRequest, values: string[]): CompletionItem[] {
  return values.map((value, index) => ({
    label: value,
    kind: CompletionItemKind.Constant,
    sortText: String(index),
    textEdit: editOf(request, value),
  }));
}

/** Text that PowerShell reads as one bare argument needs no quotes. */
const bareArgument = /^[\w.\\:-]+$/;

function names(request: ValueRequest, values: readonly string[], kind: CompletionItemKind, detail: string): CompletionItem[] {
  const listed = new Set(request.listed.map((value) => value.toLowerCase()));
  // A blank name (`New-ForeignConnector -Name ""`) is no name to offer: it would be an item without a label.
  return values
    .filter((value) => value.trim() !== '' && !listed.has(value.toLowerCase()))
    .map((value, index) => ({
      label: value,
      kind,
      detail,
      filterText: value,
      sortText: String(index).padStart(4, '0'),
      textEdit: editOf(request, request.quoted || bareArgument.test(value) ? value : `"${value.replace(/["`$]/g, '`$&')}"`),
    }));
}

/** The properties of the objects piped into the command: the output type of the nearest cmdlet before it that has one. */
function propertyCompletions(request: ValueRequest): CompletionItem[] {
  const objectType = pipedObjectType(request.analysis, request.binding);
  const types = objectType ? [objectType] : allObjectTypes();
  const seen = new Set(request.listed.map((value) => value.toLowerCase()));
  const items: CompletionItem[] = [];
  for (const type of types) {
    for (const property of type.properties) {
      if (seen.has(property.name.toLowerCase())) continue;
      seen.add(property.name.toLowerCase());
      items.push({
        label: property.name,
        kind: CompletionItemKind.Property,
        detail: `${property.type} — ${type.name}`,
        sortText: String(items.length).padStart(4, '0'),
        textEdit: editOf(request, property.name),
        data: { kind: 'property', objectType: type.name, property: property.name },
      });
    }
  }
  return items;
}

export function pipedObjectType(analysis: DocumentAnalysis, binding: CommandBinding) {
  const place = pipelineOf(analysis.script, binding.command);
  if (!place) return undefined;
  for (let i = place.index - 1; i >= 0; i--) {
    const element = place.pipeline.elements[i];
    if (element.kind !== 'Command') return undefined;
    const cmdlet = bindingOf(analysis, element)?.cmdlet;
    if (cmdlet?.outputType) return findObjectType(cmdlet.outputType);
    // Where-Object, Sort-Object and friends pass the objects on unchanged.
    if (cmdlet?.module !== 'PowerShell') return undefined;
  }
  return undefined;
}

function addressSpaceStarters(request: ValueRequest): CompletionItem[] {
  const starters = [
    { label: '"X400:…"', body: '"X400:c=${1:US};a=${2: };p=${3:Contoso};${4:1}"', detail: 'X.400 address space: country, ADMD, PRMD, cost' },
    { label: '"SMTP:…"', body: '"SMTP:${1:contoso.com};${2:1}"', detail: 'SMTP address space: a domain (wildcard *.domain allowed), cost' },
  ];
  return starters.map((starter, index) => ({
    label: starter.label,
    kind: CompletionItemKind.Snippet,
    detail: starter.detail,
    sortText: String(index),
    filterText: starter.label,
    insertTextFormat: InsertTextFormat.Snippet,
    textEdit: editOf(request, starter.body),
  }));
}
