// The analysed scripts of the open workspace folders, kept current one document at a time: the
// language server puts each script's latest analysis here (open documents from the editor, the
// others from disk) and asks for a document's diagnostics or a WorkspaceView. Workspace-wide checks
// (a connector created twice, a reference to no connector) read only the documents' facts, so they
// are recomputed per folder when a document changes, never by re-parsing the folder.

import { NO_WORKSPACE_FACTS, type WorkspaceFacts } from '../model/workspaceFacts';
import { checkedDocument, type CheckedDocument } from './checkDocuments';
import type { Finding } from '../binding/finding';
import type { DocumentAnalysis } from './documentAnalysis';
import { checkWorkspace } from './workspaceChecks';
import { compareUris, type WorkspaceView } from './workspaceView';

/** Documents outside every workspace folder form one group of their own. */
const NO_FOLDER = '';

interface Group {
  documents?: DocumentAnalysis[];
  findings?: Map<string, Finding[]>;
}

export class WorkspaceIndex {
  /** Normalised folder URI with a trailing slash, to the URI as the editor gave it; longest first. */
  private folders: { key: string; uri: string }[] = [];
  private readonly documents = new Map<string, DocumentAnalysis>();
  private readonly facts = new Map<string, WorkspaceFacts>();
  private readonly groups = new Map<string, Group>();

  /** The workspace folder URIs; a document belongs to the longest one its URI starts with. */
  setFolders(uris: readonly string[]): void {
    this.folders = uris.map((uri) => ({ key: withSlash(uri), uri })).sort((a, b) => b.key.length - a.key.length);
    this.groups.clear();
  }

  folderUris(): string[] {
    return this.folders.map((folder) => folder.uri);
  }

  /** What the folder knows besides its scripts (loadWorkspaceFacts); its checks are redone. */
  setFacts(folderUri: string, facts: WorkspaceFacts): void {
    this.facts.set(withSlash(folderUri), facts);
    this.groups.delete(withSlash(folderUri));
  }

  factsOf(uri: string): WorkspaceFacts {
    return this.facts.get(this.groupOf(uri)) ?? NO_WORKSPACE_FACTS;
  }

  /** The folder key a document, or the folder itself, belongs to; '' for none. */
  groupOf(uri: string): string {
    const key = `${normalizeUri(uri)}/`;
    return this.folders.find((folder) => key.startsWith(folder.key))?.key ?? NO_FOLDER;
  }

  /** The workspace folder's URI (as the editor gave it) a document belongs to, or undefined outside every folder. */
  folderOf(uri: string): string | undefined {
    const key = `${normalizeUri(uri)}/`;
    return this.folders.find((folder) => key.startsWith(folder.key))?.uri;
  }

  get(uri: string): DocumentAnalysis | undefined {
    return this.documents.get(normalizeUri(uri));
  }

  update(analysis: DocumentAnalysis): void {
    this.documents.set(normalizeUri(analysis.uri), analysis);
    this.groups.delete(this.groupOf(analysis.uri));
  }

  remove(uri: string): void {
    if (this.documents.delete(normalizeUri(uri))) this.groups.delete(this.groupOf(uri));
  }

  all(): IterableIterator<DocumentAnalysis> {
    return this.documents.values();
  }

  /** The documents of a group, in URI order (which decides which of two creations comes first). */
  documentsOfGroup(group: string): DocumentAnalysis[] {
    const cached = this.group(group);
    cached.documents ??= [...this.documents.values()].filter((analysis) => this.groupOf(analysis.uri) === group).sort((a, b) => compareUris(a.uri, b.uri));
    return cached.documents;
  }

  view(uri: string): WorkspaceView {
    return { ...this.factsOf(uri), documents: this.documentsOfGroup(this.groupOf(uri)) };
  }

  /** A document's findings and diagnostics: its own and the workspace-wide ones. */
  check(uri: string): CheckedDocument | undefined {
    const analysis = this.get(uri);
    if (!analysis) return undefined;
    return checkedDocument(analysis, this.workspaceFindings(this.groupOf(uri)).get(normalizeUri(analysis.uri)) ?? []);
  }

  private workspaceFindings(group: string): Map<string, Finding[]> {
    const cached = this.group(group);
    if (!cached.findings) {
      const byUri = checkWorkspace(this.documentsOfGroup(group), this.facts.get(group) ?? NO_WORKSPACE_FACTS);
      cached.findings = new Map([...byUri].map(([uri, findings]) => [normalizeUri(uri), findings]));
    }
    return cached.findings;
  }

  private group(group: string): Group {
    let cached = this.groups.get(group);
    if (!cached) this.groups.set(group, (cached = {}));
    return cached;
  }
}

function withSlash(uri: string): string {
  const normalized = normalizeUri(uri);
  return normalized.endsWith('/') ? normalized : `${normalized}/`;
}

/**
 * One spelling per file: editors and Node encode file URIs slightly differently (`%3A` or `:`, case
 * of percent escapes), so keys compare decoded.
 */
export function normalizeUri(uri: string): string {
  let decoded = uri;
  try {
    decoded = decodeURIComponent(uri);
  } catch {
    // A malformed escape: compare the URI as given.
  }
  return decoded.replace(/^file:\/\/\/([A-Za-z]):/, (_, drive: string) => `file:///${drive.toLowerCase()}:`);
}
