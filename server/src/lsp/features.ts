// The standard LSP requests, each handed to the analysis layer with the document's latest analysis
// and its workspace view. The core's results have LSP's shapes, so they go back unchanged. A request
// for a document the server does not know, or that is not a script, gets the empty answer.

import { ErrorCodes, ResponseError, type CancellationToken, type Connection, type Position, type TextDocumentIdentifier } from 'vscode-languageserver/node';
import { codeActions, complete, type CompletionItem, definition, type DocumentAnalysis, documentSymbols, usesExchangeCmdlets, type FeatureScope, foldingRanges, formatDocument, formatRange, hover, prepareRename, references, rename, RenameError, resolveCompletionItem, semanticTokens, signatureHelp, type WorkspaceIndex, workspaceSymbols } from '../core/analysis';
import { safely } from './safeHandlers';
import type { ScriptDocuments } from './scriptDocuments';

export function registerFeatures(connection: Connection, scripts: ScriptDocuments, index: WorkspaceIndex, scope: () => FeatureScope): void {
  const log = connection.console;
  /** Runs `feature` on the document's settled analysis; `empty` when there is none, the request is cancelled or the feature fails. */
  const on = <P extends { textDocument: TextDocumentIdentifier }, R>(name: string, empty: R, feature: (analysis: DocumentAnalysis, params: P) => R) =>
    (params: P, token: CancellationToken) => safely(log, name, async (request: P) => {
      const analysis = await scripts.settledAnalysis(request.textDocument.uri, () => token.isCancellationRequested);
      return analysis ? feature(analysis, request) : empty;
    }, empty)(params);
  const view = (analysis: DocumentAnalysis) => index.view(analysis.uri);
  /**
   * Beside the PowerShell extension, the features it has too (symbols, folding, semantic tokens) are
   * given on Exchange scripts only: on a plain script they would only double its answers.
   */
  const helpsHere = (analysis: DocumentAnalysis) => scope().powerShellCmdlets || usesExchangeCmdlets(analysis);
  /** Like `on`, for the requests made while typing, which may use a partial analysis of a long script. */
  const onTyping = <P extends { textDocument: TextDocumentIdentifier; position: Position }, R>(name: string, empty: R, feature: (analysis: DocumentAnalysis, params: P) => R) =>
    safely(log, name, (params: P) => {
      const analysis = scripts.interactiveAnalysis(params.textDocument.uri, params.position);
      return analysis ? feature(analysis, params) : empty;
    }, empty);

  connection.onCompletion(onTyping('completion', null, (analysis, params) => complete(analysis, params.position, view(analysis), scope())));
  connection.onCompletionResolve(async (item) => {
    try {
      return resolveCompletionItem(item as CompletionItem);
    } catch {
      return item;
    }
  });
  connection.onHover(onTyping('hover', null, (analysis, params) => hover(analysis, params.position, view(analysis), scope())));
  connection.onSignatureHelp(onTyping('signatureHelp', null, (analysis, params) => signatureHelp(analysis, params.position, scope())));
  connection.onDocumentSymbol(on('documentSymbol', [], (analysis) => (helpsHere(analysis) ? documentSymbols(analysis) : [])));
  connection.onWorkspaceSymbol(safely(log, 'workspaceSymbol', (params) => workspaceSymbols(index.all(), params.query), []));
  connection.onDefinition(on('definition', [], (analysis, params) => definition(analysis, params.position, view(analysis))));
  connection.onReferences(on('references', [], (analysis, params) => references(analysis, params.position, view(analysis), params.context.includeDeclaration)));
  connection.onPrepareRename(on('prepareRename', null, (analysis, params) => prepareRename(analysis, params.position)));
  connection.onRenameRequest(on('rename', null, (analysis, params) => {
    try {
      return rename(analysis, params.position, params.newName, view(analysis));
    } catch (error) {
      if (error instanceof RenameError) throw new ResponseError(ErrorCodes.InvalidParams, error.message);
      throw error;
    }
  }));
  connection.onCodeAction(on('codeAction', [], (analysis, params) => codeActions(analysis, params.range, params.context.diagnostics, view(analysis))));
  connection.languages.semanticTokens.on(on('semanticTokens', { data: [] }, (analysis) => (helpsHere(analysis) ? semanticTokens(analysis) : { data: [] })));
  connection.languages.semanticTokens.onRange(on('semanticTokens/range', { data: [] }, (analysis, params) => (helpsHere(analysis) ? semanticTokens(analysis, params.range) : { data: [] })));
  connection.onFoldingRanges(on('foldingRange', [], (analysis) => (helpsHere(analysis) ? foldingRanges(analysis) : [])));
  connection.onDocumentFormatting(on('formatting', [], (analysis, params) => formatDocument(analysis, params.options)));
  connection.onDocumentRangeFormatting(on('rangeFormatting', [], (analysis, params) => formatRange(analysis, params.range, params.options)));
}
