// What the server advertises in its initialize result (LSP 3.17).

import { TextDocumentSyncKind, type ServerCapabilities } from 'vscode-languageserver/node';
import { SEMANTIC_TOKENS_LEGEND } from '../core/analysis';
import { SERVER_COMMAND_IDS, type ServerFeatures } from '../protocol/extensionProtocol';

/** The features the client asked for (initializationOptions.features); each is on unless it says false. */
export function requestedFeatures(initializationOptions: unknown): Required<ServerFeatures> {
  const given = isRecord(initializationOptions) && isRecord(initializationOptions.features) ? initializationOptions.features : {};
  return { formatting: given.formatting !== false, semanticTokens: given.semanticTokens !== false, powerShellCmdlets: given.powerShellCmdlets !== false };
}

export function serverCapabilities(features: Required<ServerFeatures> = requestedFeatures(undefined)): ServerCapabilities {
  return {
    // Incremental sync: an edit sends only the changed text, whatever the script's size.
    textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
    // `-` parameters, `:`/`;`/`=` inside address spaces, `"` a string's start, `,` the next list
    // value, a space the next argument.
    completionProvider: { triggerCharacters: ['-', ':', ';', '=', ',', '"', ' '], resolveProvider: true },
    hoverProvider: true,
    signatureHelpProvider: { triggerCharacters: [' ', '-'], retriggerCharacters: [',', ':'] },
    documentSymbolProvider: true,
    workspaceSymbolProvider: true,
    definitionProvider: true,
    referencesProvider: true,
    renameProvider: { prepareProvider: true },
    codeActionProvider: { codeActionKinds: ['quickfix'] },
    ...(features.semanticTokens ? { semanticTokensProvider: { legend: SEMANTIC_TOKENS_LEGEND, full: true, range: true } } : {}),
    foldingRangeProvider: true,
    ...(features.formatting ? { documentFormattingProvider: true, documentRangeFormattingProvider: true } : {}),
    executeCommandProvider: { commands: [...SERVER_COMMAND_IDS] },
    workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
