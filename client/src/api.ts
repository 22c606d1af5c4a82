// What activate() returns: the parts integration tests (and other extensions) may inspect. Tests
// read the Connectors view through its data provider instead of scraping the DOM.
import type * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { ConnectorsNode } from './connectorsModel';

export interface ExconnApi {
  readonly languageClient: LanguageClient;
  readonly connectorsProvider: vscode.TreeDataProvider<ConnectorsNode>;
  /** Decides whether the active editor shows the Run Script button (exconn.isExchangeScript), and says. */
  readonly updateRunButton: () => Promise<boolean>;
  /** What the transport status bar item says. */
  readonly statusBar: () => { text: string; tooltip: string };
  /** The SVG the Mail Flow view shows now ('' before it was opened). */
  readonly mailFlowSvg: () => string;
  /** The transcript's latest entries. */
  readonly transcriptText: () => string;
  /** The walkthrough's context keys set so far (walkthroughProgress.ts). */
  readonly walkthroughSteps: () => string[];
  /** Resolves once the language server answered `initialize` (or rejects when it could not start). */
  readonly ready: Promise<void>;
}
