// The `exconn.*` settings (package.json "contributes.configuration"), read in one place. The server
// gets them at start (initializationOptions) and on change (synchronize.configurationSection).
import * as vscode from 'vscode';

export interface ExconnSettings {
  /** Windows path prefix (`D:\`, `\\server\share`) → folder relative to the workspace root. */
  pathMappings: Record<string, string>;
  throttling: { enabled: boolean };
  /** '' leaves the choice to exconn.json. */
  exchangeVersion: string;
}

export function readSettings(scope?: vscode.ConfigurationScope): ExconnSettings {
  const config = vscode.workspace.getConfiguration('exconn', scope);
  return {
    pathMappings: config.get<Record<string, string>>('pathMappings', {}),
    throttling: { enabled: config.get<boolean>('throttling.enabled', true) },
    exchangeVersion: config.get<string>('exchangeVersion', ''),
  };
}
