// What the server advertises in its initialize result (LSP 3.17).

import { TextDocumentSyncKind, type ServerCapabilities } from 'vscode-languageserver/node';
import { SEMANTIC_TOKENS_LEGEND } from '../core/analysis';
import { SERVER_COMMAND_IDS } from '../protocol/extensionProtocol';

export function serverCapabilities(): ServerCapabilities {
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
    semanticTokensProvider: { legend: SEMANTIC_TOKENS_LEGEND, full: true, range: true },
    foldingRangeProvider: true,
    documentFormattingProvider: true,
    documentRangeFormattingProvider: true,
    executeCommandProvider: { commands: [...SERVER_COMMAND_IDS] },
    workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
  };
}
