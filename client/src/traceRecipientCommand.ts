// "Exchange: Trace a Recipient…": where the workspace's transport service would send mail for an
// address, and why, as `exconn route` prints it. The server does the tracing (the transport's own
// routing); this asks for the address (offering the quoted string or selection under the cursor),
// writes the trace to the transcript and gives the one-line answer in a notification.
import * as vscode from 'vscode';
import type { RouteTraceResult } from '../../server/src/protocol/extensionProtocol';
import type { ServerCalls } from './serverCalls';
import type { Transcript } from './transcript';
import { resolveWorkspaceFolder } from './workspaceFolders';

export interface TraceDeps {
  server: ServerCalls;
  transcript: Transcript;
}

/** `address` skips the question (tests, other extensions); `hint` names the folder. */
export async function traceRecipientCommand(deps: TraceDeps, address?: unknown, hint?: unknown): Promise<RouteTraceResult | undefined> {
  const folder = await resolveWorkspaceFolder(hint instanceof vscode.Uri ? hint : undefined, 'Workspace folder whose organization routes the mail');
  if (!folder) return undefined;
  const wanted = typeof address === 'string' ? address : await askForAddress();
  if (!wanted) return undefined;
  let result: RouteTraceResult;
  try {
    result = await deps.server.traceRecipient(folder.uri, wanted);
  } catch (error) {
    void vscode.window.showErrorMessage(`Exchange: could not trace ${wanted}: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
  deps.transcript.append(`Trace ${wanted} in ${folder.name}`, result.output);
  const details = 'Show Details';
  void vscode.window.showInformationMessage(`Exchange: ${result.headline}`, details).then((choice) => choice === details && deps.transcript.show());
  return result;
}

function askForAddress(): Thenable<string | undefined> {
  return vscode.window.showInputBox({
    title: 'Exchange: Trace a Recipient',
    prompt: 'The recipient: an SMTP address, X400:c=US;a=...;p=...;s=..., or TYPE:address',
    placeHolder: 'bob@fabrikam.com',
    value: addressAtCursor(),
    ignoreFocusOut: true,
    validateInput: (text) => (text.trim() === '' ? 'Type the address to trace.' : undefined),
  });
}

/** The selection, or the quoted string around the cursor with its address-space cost taken off. */
function addressAtCursor(): string | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return undefined;
  const selected = editor.document.getText(editor.selection).trim();
  if (selected) return selected;
  const { line, character } = editor.selection.active;
  const text = editor.document.lineAt(line).text;
  for (const match of text.matchAll(/"([^"]*)"|'([^']*)'/g)) {
    const start = match.index;
    if (character > start && character < start + match[0].length) return (match[1] ?? match[2] ?? '').replace(/;\d+$/, '') || undefined;
  }
  return undefined;
}
