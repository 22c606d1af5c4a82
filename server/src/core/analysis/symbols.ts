// textDocument/documentSymbol and workspace/symbol: the connectors a script creates, changes or
// removes, and the transport service settings it changes, each with the settings it gives as
// children. Workspace symbols list the connectors created and the transport settings changed
// across every analysed script, filtered the way editors filter: the query's characters in order.

import { SymbolKind, type DocumentSymbol, type SymbolInformation } from 'vscode-languageserver-types';
import type { Range } from '../syntax/ast';
import type { BoundArgument, CommandBinding } from '../binding/binding';
import type { DocumentAnalysis } from './documentAnalysis';
import { staticValueOf } from './staticValue';

interface SymbolSource {
  name: string;
  /** The range of the name as written (inside quotes). */
  nameRange: Range;
  binding: CommandBinding;
  kind: SymbolKind;
  /** Whether workspace/symbol lists it: creations and transport settings, not every change. */
  global: boolean;
}

/** Parameters that say which object or how to run, not what to set. */
const notSettings = new Set(['Identity', 'Name', 'Confirm', 'WhatIf', 'Force', 'DomainController']);

export function documentSymbols(analysis: DocumentAnalysis): DocumentSymbol[] {
  return symbolSources(analysis).map((source) => ({
    name: source.name,
    detail: source.binding.cmdlet?.name ?? '',
    kind: source.kind,
    range: analysis.lines.rangeAt(source.binding.command.range.start, source.binding.command.range.end),
    selectionRange: analysis.lines.rangeAt(source.nameRange.start, source.nameRange.end),
    children: source.binding.bound.filter((bound) => !notSettings.has(bound.parameter.name)).map((bound) => settingSymbol(analysis, bound)),
  }));
}

export function workspaceSymbols(documents: Iterable<DocumentAnalysis>, query: string, limit = 500): SymbolInformation[] {
  const symbols: SymbolInformation[] = [];
  for (const analysis of documents) {
    for (const source of symbolSources(analysis)) {
      if (!source.global || !matchesQuery(source.name, query)) continue;
      symbols.push({
        name: source.name,
        kind: source.kind,
        location: { uri: analysis.uri, range: analysis.lines.rangeAt(source.nameRange.start, source.nameRange.end) },
        containerName: source.binding.cmdlet?.name ?? '',
      });
      if (symbols.length >= limit) return symbols;
    }
  }
  return symbols;
}

/** The query's characters appear in the name in order, ignoring case (`cfc` finds "Contoso Foreign Connector"). */
export function matchesQuery(name: string, query: string): boolean {
  const lower = name.toLowerCase();
  let at = 0;
  for (const ch of query.toLowerCase()) {
    if (/\s/.test(ch)) continue;
    at = lower.indexOf(ch, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

function symbolSources(analysis: DocumentAnalysis): SymbolSource[] {
  const sources: SymbolSource[] = [];
  for (const binding of analysis.bindings) {
    const cmdlet = binding.cmdlet?.name ?? '';
    const connector = /^(New|Set|Remove)-ForeignConnector$/i.exec(cmdlet);
    if (connector) {
      const named = staticName(binding, connector[1] === 'New' ? 'Name' : 'Identity');
      if (named) sources.push({ ...named, binding, kind: SymbolKind.Object, global: connector[1] === 'New' });
    } else if (/^Set-Transport(Service|Server)$/i.test(cmdlet)) {
      const named = staticName(binding, 'Identity');
      if (named) sources.push({ ...named, binding, kind: SymbolKind.Module, global: true });
    }
  }
  return sources;
}

function staticName(binding: CommandBinding, parameter: string): { name: string; nameRange: Range } | undefined {
  const value = binding.bound.find((bound) => bound.parameter.name === parameter)?.value;
  if (!value) return undefined;
  const known = staticValueOf(value);
  if (known.kind !== 'string') return undefined;
  return { name: known.value, nameRange: value.kind === 'String' ? value.contentRange : value.range };
}

function settingSymbol(analysis: DocumentAnalysis, bound: BoundArgument): DocumentSymbol {
  const value = bound.value ? analysis.text.slice(bound.value.range.start, bound.value.range.end) : '';
  const selection = bound.nameElement?.nameRange ?? bound.range;
  return {
    name: bound.parameter.name,
    detail: value.length > 80 ? `${value.slice(0, 77)}...` : value,
    kind: SymbolKind.Property,
    range: analysis.lines.rangeAt(bound.range.start, bound.range.end),
    selectionRange: analysis.lines.rangeAt(selection.start, selection.end),
  };
}
