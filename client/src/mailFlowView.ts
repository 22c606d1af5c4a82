// "Exchange: Show Mail Flow": a webview beside the editor with the picture of a workspace folder's
// mail flow (mailFlowPicture.ts), redrawn when the simulator's state changes (a run, a transport
// pass, an import, a reset). The picture is plain SVG; the webview runs no script at all.
import * as vscode from 'vscode';
import type { ServerCalls } from './serverCalls';
import { escapeMarkup, mailFlowSvg } from './mailFlowPicture';
import { resolveWorkspaceFolder } from './workspaceFolders';

export class MailFlowView implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private folder: vscode.WorkspaceFolder | undefined;
  /** The SVG shown now (tests read it). */
  svg = '';

  constructor(private readonly server: ServerCalls) {}

  async show(hint?: unknown): Promise<string | undefined> {
    const folder = await resolveWorkspaceFolder(hint instanceof vscode.Uri ? hint : undefined, 'Workspace folder whose mail flow to show');
    if (!folder) return undefined;
    this.folder = folder;
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel('exconn.mailFlow', `Mail Flow: ${folder.name}`, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, { enableScripts: false });
      this.panel.onDidDispose(() => {
        this.panel = undefined;
      });
    }
    this.panel.title = `Mail Flow: ${folder.name}`;
    this.panel.reveal(undefined, true);
    await this.redraw();
    return this.svg;
  }

  /** The simulator's state changed: draw again, if the picture is open. */
  async redraw(): Promise<void> {
    if (!this.panel || !this.folder) return;
    try {
      this.svg = mailFlowSvg(await this.server.state(this.folder.uri));
      this.panel.webview.html = page(this.panel.webview, this.svg);
    } catch (error) {
      this.panel.webview.html = page(this.panel.webview, `<p>The mail flow could not be read: ${escapeMarkup(error instanceof Error ? error.message : String(error))}</p>`);
    }
  }

  dispose(): void {
    this.panel?.dispose();
  }
}

function page(webview: vscode.Webview, body: string): string {
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${webview.cspSource} 'unsafe-inline';">
<style>
  body { font-family: var(--vscode-font-family); color: var(--vscode-foreground); background: var(--vscode-editor-background); }
  .node rect { fill: var(--vscode-editorWidget-background); stroke: var(--vscode-editorWidget-border, var(--vscode-foreground)); }
  .node.service rect { stroke: var(--vscode-focusBorder); stroke-width: 2; }
  .node.disabled rect { stroke-dasharray: 4 3; opacity: 0.6; }
  .node.queue rect { stroke: var(--vscode-editorWarning-foreground); }
  text { font-size: 12px; fill: var(--vscode-foreground); font-family: var(--vscode-editor-font-family); }
  text.title { font-weight: bold; }
  text.note, text.label { fill: var(--vscode-descriptionForeground); }
  .edge path { fill: none; stroke: var(--vscode-foreground); opacity: 0.6; }
  .arrow { fill: var(--vscode-foreground); opacity: 0.6; }
</style></head>
<body>${body}</body></html>`;
}
