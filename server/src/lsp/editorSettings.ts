// The client's `exconn.*` settings, handed to the simulator per workspace folder (see
// core/simulator/organization/organizationSettings.ts). Read with workspace/configuration per folder when the
// client offers it (resource-scoped settings can differ between folders), else from what the client
// pushes (initializationOptions, didChangeConfiguration).

import { MessageType, ShowMessageNotification, type Connection } from 'vscode-languageserver/node';
import { organizationSettingsFrom, setOrganizationSettings, settingsSection } from '../core/simulator';
import { pathOf } from './uris';

export class EditorSettings {
  private pushed: unknown;

  constructor(
    private readonly connection: Connection,
    private readonly canPull: boolean,
    initial: unknown,
  ) {
    this.pushed = settingsSection(initial);
  }

  /** Re-reads the settings of every folder (after a change, `pushed` is the client's new settings). */
  async refresh(folderUris: readonly string[], pushed?: unknown): Promise<void> {
    if (pushed !== undefined) this.pushed = settingsSection(pushed);
    for (const folderUri of folderUris) {
      const root = pathOf(folderUri);
      if (!root) continue;
      const problems = setOrganizationSettings(root, organizationSettingsFrom(await this.read(folderUri)));
      // A notification, not a request: nothing waits for the user to dismiss it.
      for (const message of problems) void this.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message });
    }
  }

  private async read(folderUri: string): Promise<unknown> {
    if (!this.canPull) return this.pushed;
    try {
      return await this.connection.workspace.getConfiguration({ scopeUri: folderUri, section: 'exconn' });
    } catch {
      return this.pushed;
    }
  }
}
