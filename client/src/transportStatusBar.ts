// The status bar item of the simulated transport service: whether it runs (watching the Pickup and
// Replay folders) and what became of the messages, delivered, NDR, badmail and waiting counted apart
// (the server's totals, so one-off passes and the service's add up and a start resets nothing). Clicking it starts or stops the service. It stays
// hidden in PowerShell workspaces that have nothing to do with Exchange until one shows up: an
// exconn.json, a configured connector or folder, or a run.
import * as vscode from 'vscode';
import type { TransportCountsText } from '../../server/src/protocol/extensionProtocol';
import { Command } from './commandIds';

export class TransportStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('exconn.transport', vscode.StatusBarAlignment.Left, 50);
  private running = false;
  private totals: TransportCountsText = { short: 'no messages yet', sentence: 'No messages.' };

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

  /** What the item says now (tests read it). */
  get text(): { text: string; tooltip: string } {
    return { text: this.item.text, tooltip: typeof this.item.tooltip === 'string' ? this.item.tooltip : this.item.tooltip?.value ?? '' };
  }

  /** The server's status: running or not, and every pass's outcomes since it started (one-off passes too). */
  update(status: { running?: boolean; totalsText?: TransportCountsText }): void {
    this.reveal();
    if (status.running !== undefined) this.running = status.running;
    if (status.totalsText) this.totals = status.totalsText;
    this.render();
  }

  private render(): void {
    this.item.text = this.running ? `$(sync~spin) Transport: running · ${this.totals.short}` : `$(mail) Transport: stopped · ${this.totals.short}`;
    const state = this.running
      ? 'The simulated transport service is running: it processes the Pickup and Replay folders as files arrive.'
      : 'The simulated transport service is stopped.';
    const action = this.running ? 'Click to stop it.' : 'Click to start it, or run **Exchange: Process Pickup and Replay Folders** once.';
    this.item.tooltip = new vscode.MarkdownString(`${state}\n\nSince the language server started: ${this.totals.sentence}\n\n${action}`);
    this.item.accessibilityInformation = { label: `Exchange transport service ${this.running ? 'running' : 'stopped'}, ${this.totals.short}` };
  }

  dispose(): void {
    this.item.dispose();
  }
}
