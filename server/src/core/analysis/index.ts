// The analysis facade: everything the language server, the CLI and most tests call to analyse
// scripts. Each feature is a pure function over a DocumentAnalysis (and, for workspace-aware ones,
// a WorkspaceView from the WorkspaceIndex); results have LSP's shapes, so the server passes them on
// unchanged. Nothing outside core/ imports an analysis module past this file (test/architecture).

// Building and updating an analysis: one parse, one binding pass, one way to follow an edit.
export { analyzeDocument, analyzeScript, type DocumentAnalysis, type NameOccurrence } from './documentAnalysis';
export { analyzeAround, linesAfterEdit } from './editedRegion';
export { reanalyze } from './incrementalAnalysis';
export { parseScript } from '../syntax/parser';
export type { LineIndex } from '../syntax/positions';

// The checked folder: documents, what the workspace knows besides them, and the diagnostics.
export { checkDocuments } from './checkDocuments';
export { WorkspaceIndex, normalizeUri } from './workspaceIndex';
export { connectorOccurrences, type WorkspaceView } from './workspaceView';
export { NO_WORKSPACE_FACTS, type WorkspaceFacts } from '../model/workspaceFacts';
export { nameKey } from '../model/identity';
/** A script file's bytes as text (its byte-order mark decides, as PowerShell's does). */
export { decodeText } from '../values/textEncoding';
export { configurationDiagnostics, type LspDiagnostic } from './diagnostic';
export { RUN_FAILURE_SOURCE, withRunFailures, type RunFailureAt } from './runFailureDiagnostics';
export { ruleFor, rules, type Rule } from './rules';
export { scriptMentions } from './scriptMentions';
export type { ScriptMentions } from '../model/scriptMentions';

// Editor features.
export { codeActions } from './codeActions';
export { complete, resolveCompletionItem } from './completion';
export type { CodeAction, CompletionItem, CompletionList, SignatureHelp } from './editorResults';
export { foldingRanges } from './folding';
export { formatDocument, formatRange } from './formatting';
export { hover } from './hover';
export { FULL_SCOPE, usesExchangeCmdlets, type FeatureScope } from './featureScope';
export { definition, prepareRename, references, rename, RenameError } from './navigation';
export { SEMANTIC_TOKENS_LEGEND, semanticTokens } from './semanticTokens';
export { signatureHelp } from './signatureHelp';
export { documentSymbols, workspaceSymbols } from './symbols';
