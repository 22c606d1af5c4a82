// The editor features' results as the analysis makes them: LSP's types (vscode-languageserver-types,
// a types-only package, so the core depends on no language server), narrowed to what the analysis
// always fills in, which callers and tests may rely on: every completion item has a kind and a plain
// text edit, documentation is Markdown, a hover has its range, a code action its edit. The language
// server hands them over unchanged.

import type * as lsp from 'vscode-languageserver-types';

/** What completionItem/resolve needs to add the documentation later; travels in `data`. */
export type CompletionData =
  | { kind: 'cmdlet'; cmdlet: string }
  | { kind: 'parameter'; cmdlet: string; parameter: string }
  | { kind: 'x400Attribute'; key: string }
  | { kind: 'property'; objectType: string; property: string };

export interface CompletionItem extends lsp.CompletionItem {
  kind: lsp.CompletionItemKind;
  documentation?: lsp.MarkupContent;
  textEdit: lsp.TextEdit;
  data?: CompletionData;
}

export interface CompletionList extends lsp.CompletionList {
  items: CompletionItem[];
}

export interface Hover extends lsp.Hover {
  contents: lsp.MarkupContent;
  range: lsp.Range;
}

export interface ParameterInformation extends lsp.ParameterInformation {
  /** Start and end offsets of the parameter inside the signature's label. */
  label: [number, number];
  documentation?: lsp.MarkupContent;
}

export interface SignatureInformation extends lsp.SignatureInformation {
  documentation?: lsp.MarkupContent;
  parameters: ParameterInformation[];
}

export interface SignatureHelp extends lsp.SignatureHelp {
  signatures: SignatureInformation[];
  activeSignature: number;
  activeParameter: number;
}

/** Edits per document URI. */
export interface WorkspaceEdit extends lsp.WorkspaceEdit {
  changes: Record<string, lsp.TextEdit[]>;
}

/** Generic in the diagnostic type, so the client's own diagnostic objects come back unchanged. */
export interface CodeAction<D extends lsp.Diagnostic = lsp.Diagnostic> extends lsp.CodeAction {
  kind: 'quickfix';
  diagnostics: D[];
  edit: WorkspaceEdit;
}
