// The results the editor features return, shaped exactly like their LSP 3.17 counterparts (same
// field names, same numeric kinds) but declared here, so the analysis layer depends on no LSP
// package and the language server can hand them over unchanged. Positions are 0-based lines and
// UTF-16 characters, as LSP defines (see syntax/positions.ts).

import type { LineRange, Position } from '../syntax/positions';

export type { LineRange, Position };

export interface TextEdit {
  range: LineRange;
  newText: string;
}

export interface Location {
  uri: string;
  range: LineRange;
}

/** Edits per document URI. */
export interface WorkspaceEdit {
  changes: Record<string, TextEdit[]>;
}

export interface MarkupContent {
  kind: 'markdown' | 'plaintext';
  value: string;
}

// ---- completion ---------------------------------------------------------------------------------

/** LSP CompletionItemKind values used here. */
export const CompletionItemKind = {
  Text: 1,
  Function: 3,
  Field: 5,
  Variable: 6,
  Module: 9,
  Property: 10,
  Unit: 11,
  Value: 12,
  Enum: 13,
  Keyword: 14,
  Snippet: 15,
  Reference: 18,
  Folder: 19,
  EnumMember: 20,
  Constant: 21,
} as const;
export type CompletionItemKind = (typeof CompletionItemKind)[keyof typeof CompletionItemKind];

export const InsertTextFormat = { PlainText: 1, Snippet: 2 } as const;
export type InsertTextFormat = (typeof InsertTextFormat)[keyof typeof InsertTextFormat];

/** What completionItem/resolve needs to add the documentation later; travels in `data`. */
export type CompletionData =
  | { kind: 'cmdlet'; cmdlet: string }
  | { kind: 'parameter'; cmdlet: string; parameter: string }
  | { kind: 'x400Attribute'; key: string }
  | { kind: 'property'; objectType: string; property: string };

export interface CompletionItem {
  label: string;
  kind: CompletionItemKind;
  detail?: string;
  documentation?: MarkupContent;
  sortText?: string;
  filterText?: string;
  insertTextFormat?: InsertTextFormat;
  textEdit: TextEdit;
  /** Marks the item as the one to preselect. */
  preselect?: boolean;
  data?: CompletionData;
}

export interface CompletionList {
  isIncomplete: boolean;
  items: CompletionItem[];
}

// ---- hover and signature help -------------------------------------------------------------------

export interface Hover {
  contents: MarkupContent;
  range: LineRange;
}

export interface ParameterInformation {
  /** Start and end offsets of the parameter inside the signature's label. */
  label: [number, number];
  documentation?: MarkupContent;
}

export interface SignatureInformation {
  label: string;
  documentation?: MarkupContent;
  parameters: ParameterInformation[];
  activeParameter?: number;
}

export interface SignatureHelp {
  signatures: SignatureInformation[];
  activeSignature: number;
  activeParameter: number;
}

// ---- symbols ------------------------------------------------------------------------------------

/** LSP SymbolKind values used here. */
export const SymbolKind = {
  Module: 2,
  Class: 5,
  Property: 7,
  Function: 12,
  Object: 19,
  Event: 24,
} as const;
export type SymbolKind = (typeof SymbolKind)[keyof typeof SymbolKind];

export interface DocumentSymbol {
  name: string;
  detail?: string;
  kind: SymbolKind;
  range: LineRange;
  selectionRange: LineRange;
  children?: DocumentSymbol[];
}

export interface SymbolInformation {
  name: string;
  kind: SymbolKind;
  location: Location;
  containerName?: string;
}

// ---- code actions -------------------------------------------------------------------------------

/** A diagnostic as the client sends it back in a code action request. */
export interface DiagnosticRef {
  range: LineRange;
  code?: string | number;
  source?: string;
  /** Text, or (LSP 3.18) Markdown. */
  message: string | MarkupContent;
  severity?: number;
  data?: unknown;
}

/** Generic in the diagnostic type, so the client's own diagnostic objects come back unchanged. */
export interface CodeAction<D extends DiagnosticRef = DiagnosticRef> {
  title: string;
  kind: 'quickfix';
  diagnostics: D[];
  isPreferred?: boolean;
  edit: WorkspaceEdit;
}

// ---- folding and formatting ---------------------------------------------------------------------

export interface FoldingRange {
  startLine: number;
  endLine: number;
  kind?: 'comment' | 'imports' | 'region';
}

export interface FormattingOptions {
  tabSize: number;
  insertSpaces: boolean;
}

// ---- semantic tokens ----------------------------------------------------------------------------

export interface SemanticTokensLegend {
  tokenTypes: string[];
  tokenModifiers: string[];
}

export interface SemanticTokens {
  data: number[];
}
