// The "Exchange Connectors" output channel: the transcript of every run, as the Exchange Management
// Shell would have printed it, headed by what ran and when.
import * as vscode from 'vscode';
import { outputChannelName } from './commandIds';

/** How many entries `text` keeps: an output channel cannot be read back, and the tests read this. */
const KEPT_ENTRIES = 50;

export class Transcript implements vscode.Disposable {
  private readonly channel = vscode.window.createOutputChannel(outputChannelName);
  private readonly recent: string[] = [];

  append(title: string, output: string): void {
    const text = output.replace(/\s+$/, '');
    const entry = `> ${title}  (${new Date().toLocaleTimeString()})\n${text ? `${text}\n` : ''}`;
    this.channel.appendLine(entry);
    this.recent.push(entry);
    if (this.recent.length > KEPT_ENTRIES) this.recent.shift();
  }

  /** The latest entries, as the channel shows them. */
  get text(): string {
    return this.recent.join('\n');
  }

  show(): void {
    // preserveFocus: the user keeps typing in the script while the transcript appears.
    this.channel.show(true);
  }

  dispose(): void {
    this.channel.dispose();
  }
}
