// exconn.json's mistakes as diagnostics of the file itself, the ones `exconn check` reports
// (invalid-exconn-json, at line and column): from the open document's text while it is edited, and
// from disk when it is not open (at start, after a save or a change on disk, when it is closed).
// Only the exconn.json at a workspace folder's root counts; that is the file the simulator reads. The
// editor's text arrives as exconn/configurationText from the VS Code client, or as a synced document
// from a client that attaches the server to JSON files too.

import * as path from 'node:path';
import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { configurationDiagnostics, normalizeUri, type WorkspaceIndex } from '../core/analysis';
import { organizationProblemsIn, organizationProblemsOnDisk } from '../core/simulator';
import { pathOf, uriOf } from './uris';

const FILE_NAME = 'exconn.json';

export class ConfigurationDiagnostics {
  /** Texts the client sent for open exconn.json documents (it does not sync them as documents). */
  private readonly editorTexts = new Map<string, string>();

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly index: WorkspaceIndex,
  ) {}

  /** Whether `uri` is the exconn.json of one of the workspace folders. */
  isConfiguration(uri: string): boolean {
    const file = pathOf(uri);
    if (!file || path.basename(file) !== FILE_NAME) return false;
    const folder = normalizeUri(uriOf(path.dirname(file)));
    return this.index.folderUris().some((candidate) => normalizeUri(candidate) === folder);
  }

  /** The open document's text, as it is now. */
  edited(document: TextDocument): void {
    this.publish(document.uri, document.getText());
  }

  /** exconn/configurationText: the editor's text while open, or back to the disk once closed. */
  async editorText(uri: string, text: string | null): Promise<void> {
    if (!this.isConfiguration(uri)) return;
    if (text === null) this.editorTexts.delete(normalizeUri(uri));
    else this.editorTexts.set(normalizeUri(uri), text);
    const folder = this.index.folderOf(uri);
    if (folder) await this.fromDisk(folder);
  }

  /** The file on disk, unless it is open (then the editor's text counts); nothing when there is none. */
  async fromDisk(folderUri: string): Promise<void> {
    const root = pathOf(folderUri);
    if (!root) return;
    const uri = uriOf(path.join(root, FILE_NAME));
    const sent = this.editorTexts.get(normalizeUri(uri));
    if (sent !== undefined) return this.publish(uri, sent);
    const open = this.documents.all().find((document) => normalizeUri(document.uri) === normalizeUri(uri));
    if (open) return this.edited(open);
    // Read as the simulator reads it: a link that leaves the workspace is refused, and that is the problem shown.
    this.send(uri, await organizationProblemsOnDisk(root));
  }

  private publish(uri: string, text: string): void {
    this.send(uri, organizationProblemsIn(text, pathOf(uri) ?? FILE_NAME));
  }

  private send(uri: string, problems: Parameters<typeof configurationDiagnostics>[0]): void {
    void this.connection.sendDiagnostics({ uri, diagnostics: configurationDiagnostics(problems) });
  }
}
