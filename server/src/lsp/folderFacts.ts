// A workspace folder's facts (exconn.json's servers, the connectors the simulator saved) for the
// workspace index, from the loader `exconn check` uses too. An unreadable exconn.json or state
// counts as absent here; the simulator commands report those problems when they run.

import { NO_WORKSPACE_FACTS, type WorkspaceFacts } from '../core/analysis';
import { loadWorkspaceFacts } from '../core/simulator';
import { pathOf } from './uris';

export async function folderFacts(folderUri: string): Promise<WorkspaceFacts> {
  const root = pathOf(folderUri);
  return root ? loadWorkspaceFacts(root, { onUnreadable: 'useDefaults' }) : NO_WORKSPACE_FACTS;
}
