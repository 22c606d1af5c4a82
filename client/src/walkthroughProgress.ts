// The Get Started walkthrough (package.json contributes.walkthroughs) ticks a step off when the
// thing it teaches really happened, not when its button was clicked. The steps that a command
// finishes use onCommand; the others wait for the context keys set here:
// - a workspace folder with exconn.json is open (the sample, or the user's own);
// - an exconn diagnostic went away from a script (a mistake was seen, then fixed);
// - an .eml file appeared in a Pickup or Replay folder, and one in a Drop folder.
import * as vscode from 'vscode';
import type { FolderWatchers } from './folderWatchers';
import { anyOrganizationFolder } from './workspaceFolders';

export const WALKTHROUGH_KEYS = {
  organizationOpen: 'exconn.walkthrough.organizationOpen',
  diagnosticFixed: 'exconn.walkthrough.diagnosticFixed',
  messageDropped: 'exconn.walkthrough.messageDropped',
  messageDelivered: 'exconn.walkthrough.messageDelivered',
} as const;

/** The `source` of the server's diagnostics. */
const DIAGNOSTIC_SOURCE = 'exconn';

export class WalkthroughProgress implements vscode.Disposable {
  private readonly subscriptions: vscode.Disposable[] = [];
  /** Per document, how many exconn diagnostics it had last. */
  private readonly counts = new Map<string, number>();
  private readonly done = new Set<string>();

  constructor(watchers: FolderWatchers) {
    this.subscriptions.push(
      vscode.languages.onDidChangeDiagnostics((event) => this.diagnosticsChanged(event.uris)),
      watchers.onDidSeeMessage(({ role }) => this.set(role === 'Drop' ? WALKTHROUGH_KEYS.messageDelivered : WALKTHROUGH_KEYS.messageDropped)),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.checkOrganization()),
      vscode.workspace.onDidCreateFiles((event) => event.files.some((file) => file.path.endsWith('/exconn.json')) && void this.checkOrganization()),
    );
    void this.checkOrganization();
  }

  /** Which steps' keys are set (tests read it). */
  completed(): string[] {
    return [...this.done];
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
  }

  private diagnosticsChanged(uris: readonly vscode.Uri[]): void {
    for (const uri of uris) {
      const count = vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === DIAGNOSTIC_SOURCE).length;
      const before = this.counts.get(uri.toString()) ?? 0;
      this.counts.set(uri.toString(), count);
      if (count < before) this.set(WALKTHROUGH_KEYS.diagnosticFixed);
    }
  }

  private async checkOrganization(): Promise<void> {
    if (await anyOrganizationFolder()) this.set(WALKTHROUGH_KEYS.organizationOpen);
  }

  private set(key: string): void {
    if (this.done.has(key)) return;
    this.done.add(key);
    void vscode.commands.executeCommand('setContext', key, true);
  }
}
