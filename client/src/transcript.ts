// The "Exchange Connectors" output channel: the transcript of every run, as the Exchange Management
// Shell would have printed it, headed by what ran and when.
import * as vscode from 'vscode';
import { outputChannelName } from './commandIds';

export class Transcript implements vscode.Disposable {
  private readonly channel = vscode.window.createOutputChannel(outputChannelName);

  append(title: string, output: string): void {
    this.channel.appendLine(`> ${title}  (${new Date().toLocaleTimeString()})`);
    const text = output.replace(/\s+$/, '');
    if (text) this.channel.appendLine(text);
    this.channel.appendLine('');
  }

  show(): void {
    // preserveFocus: the user keeps typing in the script while the transcript appears.
    this.channel.show(true);
  }

  dispose(): void {
    this.channel.dispose();
  }
}
