// Failed statements of the last run, shown as errors at their line. A collection of its own (not
// the language server's): these come from running the script, not from checking it, and must not
// be replaced by the next analysis push. They describe the run, so they go when the script is
// edited or run again.
import * as vscode from 'vscode';
import type { RunFailure } from '../../server/src/protocol/extensionProtocol';

export class ScriptFailureDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('exconn-run');
  private readonly onEdit = vscode.workspace.onDidChangeTextDocument((e) => {
    if (e.contentChanges.length > 0) this.collection.delete(e.document.uri);
  });

  show(document: vscode.TextDocument, failures: readonly RunFailure[]): void {
    const lastLine = Math.max(0, document.lineCount - 1);
    this.collection.set(document.uri, failures.map((f) => {
      const line = document.lineAt(Math.min(Math.max(0, f.line), lastLine));
      // The statement's text, not the whole line with its indentation.
      const range = new vscode.Range(line.lineNumber, line.firstNonWhitespaceCharacterIndex, line.lineNumber, line.text.length);
      const diagnostic = new vscode.Diagnostic(range, f.message, vscode.DiagnosticSeverity.Error);
      diagnostic.source = 'exconn run';
      return diagnostic;
    }));
  }

  clear(uri: vscode.Uri): void {
    this.collection.delete(uri);
  }

  dispose(): void {
    this.onEdit.dispose();
    this.collection.dispose();
  }
}
