// The status bar item of the simulated transport service: whether it runs (watching the Pickup and
// Replay folders) and how many messages it moved. Clicking it starts or stops the service. It stays
// hidden in PowerShell workspaces that have nothing to do with Exchange until one shows up: an
// exconn.json, a configured connector or folder, or a run.
import * as vscode from 'vscode';
import { Command } from './commandIds';

export class TransportStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('exconn.transport', vscode.StatusBarAlignment.Left, 50);
  private running = false;
  private moved = 0;

  constructor() {
    this.item.name = 'Exchange Transport Service';
    this.item.command = Command.toggleTransport;
    this.render();
  }

  /** Shows the item from now on (the workspace turned out to be an Exchange one). */
  reveal(): void {
    this.item.show();
  }

  get isRunning(): boolean {
    return this.running;
  }

  update(status: { running?: boolean; moved?: number }): void {
    this.reveal();
    if (status.running !== undefined) this.running = status.running;
    if (status.moved !== undefined) this.moved = status.moved;
    this.render();
  }

  /** A one-off processing run moved `count` more messages. */
  addMoved(count: number): void {
    this.reveal();
    this.moved += count;
    this.render();
  }

  private render(): void {
    const moved = `${this.moved} moved`;
    this.item.text = this.running ? `$(sync~spin) Transport: running · ${moved}` : `$(mail) Transport: stopped · ${moved}`;
    this.item.tooltip = new vscode.MarkdownString(
      this.running
        ? `The simulated transport service watches the Pickup and Replay folders. ${this.moved} message(s) moved so far.\n\nClick to stop it.`
        : `The simulated transport service is stopped. ${this.moved} message(s) moved so far.\n\nClick to start it, or run **Exchange: Process Pickup and Replay Folders** once.`,
    );
    this.item.accessibilityInformation = {
      label: `Exchange transport service ${this.running ? 'running' : 'stopped'}, ${moved}`,
    };
  }

  dispose(): void {
    this.item.dispose();
  }
}
