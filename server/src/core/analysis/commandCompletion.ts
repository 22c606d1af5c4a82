// Completion at a command position: the catalog's cmdlets first (Exchange, then PowerShell), each
// with its synopsis; then the snippets (the Foreign-connector procedure, each cmdlet with its
// mandatory parameters); then the functions the script defines.

import { CompletionItemKind, InsertTextFormat, type TextEdit } from 'vscode-languageserver-types';
import { allCmdlets } from '../catalog/catalog';
import { cmdletVersions } from '../catalog/exchangeVersions';
import type { ExchangeVersion } from '../catalog/types';
import type { Node, Range } from '../syntax/ast';
import { childrenOf } from '../syntax/visit';
import type { DocumentAnalysis } from './documentAnalysis';
import type { CompletionItem } from './editorResults';
import { FULL_SCOPE, servesCmdlet, servesScriptFunctions, type FeatureScope } from './featureScope';
import { FOREIGN_CONNECTOR_PROCEDURE, mandatoryParametersSnippet, snippetPreview, type Snippet } from './snippets';

export function commandCompletions(analysis: DocumentAnalysis, range: Range, target: ExchangeVersion, scope: FeatureScope = FULL_SCOPE): CompletionItem[] {
  const edit = (newText: string): TextEdit => ({ range: analysis.lines.rangeAt(range.start, range.end), newText });
  const served = allCmdlets().filter((cmdlet) => servesCmdlet(scope, cmdlet));
  const cmdlets = served.filter((cmdlet) => cmdletVersions(cmdlet).includes(target)).map((cmdlet): CompletionItem => ({
    label: cmdlet.name,
    kind: CompletionItemKind.Function,
    detail: cmdlet.synopsis,
    sortText: `0${cmdlet.module === 'Exchange' ? 0 : 1}-${cmdlet.name}`,
    filterText: cmdlet.name,
    textEdit: edit(cmdlet.name),
    data: { kind: 'cmdlet', cmdlet: cmdlet.name },
  }));
  const snippets = [FOREIGN_CONNECTOR_PROCEDURE, ...served.flatMap((cmdlet) => mandatoryParametersSnippet(cmdlet) ?? [])];
  const snippetItems = snippets.map((snippet, index) => snippetItem(snippet, index, edit(snippet.body)));
  const functions = (servesScriptFunctions(scope) ? functionNames(analysis) : []).map((name): CompletionItem => ({
    label: name,
    kind: CompletionItemKind.Function,
    detail: 'Function defined in this script',
    sortText: `2-${name}`,
    textEdit: edit(name),
  }));
  return [...cmdlets, ...snippetItems, ...functions];
}

function snippetItem(snippet: Snippet, index: number, textEdit: TextEdit): CompletionItem {
  // Filtering by the command name keeps the snippet next to its cmdlet while the name is typed.
  const command = snippet.body.split(/\s/).find((word) => /^\w+-\w+$/.test(word)) ?? snippet.label;
  return {
    label: snippet.label,
    kind: CompletionItemKind.Snippet,
    detail: snippet.description,
    documentation: { kind: 'markdown', value: '```powershell\n' + snippetPreview(snippet.body) + '\n```' },
    sortText: `1-${String(index).padStart(3, '0')}`,
    filterText: `${command} ${snippet.label}`,
    insertTextFormat: InsertTextFormat.Snippet,
    textEdit,
  };
}

/** Names of the functions the script defines, in source order. */
function functionNames(analysis: DocumentAnalysis): string[] {
  const names: string[] = [];
  const visit = (node: Node) => {
    if (node.kind === 'Function') names.push(node.name);
    // Functions are statements: only statement containers can hold them.
    if (node.kind === 'Script' || node.kind === 'Function' || node.kind === 'Block' || node.kind === 'If' || node.kind === 'Foreach' || node.kind === 'While') {
      for (const child of childrenOf(node)) visit(child);
    }
  };
  visit(analysis.script);
  return [...new Set(names)];
}
