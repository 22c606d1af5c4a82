// Watches the Drop, Pickup and Replay folders the Connectors view shows, so message counts follow
// files that arrive or leave outside the simulator (a user copying an .eml into Pickup, a gateway
// emptying a Drop folder). The server's exconn/stateChanged covers changes it makes itself.
import * as vscode from 'vscode';
import type { FolderNode } from './connectorsModel';

/** A message file that appeared in one of the watched folders. */
export interface ArrivedMessage {
  role: FolderNode['role'];
  file: vscode.Uri;
}

export class FolderWatchers implements vscode.Disposable {
  private readonly byWorkspace = new Map<string, { key: string; watchers: vscode.Disposable[] }>();
  private readonly arrived = new vscode.EventEmitter<ArrivedMessage>();
  /** An .eml file was created in a Drop, Pickup or Replay folder (the walkthrough follows these). */
  readonly onDidSeeMessage = this.arrived.event;

  constructor(private readonly onChange: () => void) {}

  /** Replaces the watchers of one workspace folder; a no-op when the folder set did not change. */
  watch(workspace: vscode.Uri, folders: readonly FolderNode[]): void {
    const roles = new Map(folders.flatMap((f) => (f.uri ? [[f.uri.toString(), f.role] as const] : [])));
    const uris = [...roles.keys()].sort();
    const key = uris.map((u) => `${roles.get(u)} ${u}`).join('\n');
    const current = this.byWorkspace.get(workspace.toString());
    if (current?.key === key) return;
    current?.watchers.forEach((w) => w.dispose());
    const watchers = uris.map((u) => {
      // Only the folder's own files: messages are flat files, and a recursive watch of a busy
      // folder costs more than it tells.
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(vscode.Uri.parse(u), '*'));
      watcher.onDidCreate((file) => {
        this.onChange();
        if (/\.eml$/i.test(file.path)) this.arrived.fire({ role: roles.get(u)!, file });
      });
      watcher.onDidDelete(this.onChange);
      return watcher;
    });
    this.byWorkspace.set(workspace.toString(), { key, watchers });
  }

  dispose(): void {
    for (const { watchers } of this.byWorkspace.values()) watchers.forEach((w) => w.dispose());
    this.byWorkspace.clear();
    this.arrived.dispose();
  }
}
