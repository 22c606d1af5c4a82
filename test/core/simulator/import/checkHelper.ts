// The diagnostic codes `exconn check` gives a workspace folder, through the same loader of the
// workspace's facts (saved and imported connectors) that the CLI and the language server use.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkDocuments } from '../../../../server/src/core/analysis';
import { loadWorkspaceFacts } from '../../../../server/src/core/simulator';

export async function checkWorkspaceFolder(root: string): Promise<string[]> {
  const facts = await loadWorkspaceFacts(root);
  const documents = fs.readdirSync(root).filter((name) => name.endsWith('.ps1')).map((name) => ({ uri: path.join(root, name), text: fs.readFileSync(path.join(root, name), 'utf8') }));
  return checkDocuments(documents, facts).flatMap((result) => result.findings.map((finding) => finding.code ?? ''));
}
