// Living beside the PowerShell extension (ms-vscode.powershell), which most administrators have:
// both serve the built-in `powershell` language. What the server offers is decided here, from the
// settings and whether that extension is installed, and sent as initializationOptions.features:
// formatting off beside it unless asked for (one formatter, no "choose a default" prompt), PowerShell's
// own cmdlets left to it (no doubled completion items or hovers), semantic tokens as the setting says.
// The Run Script button shows only on Exchange scripts (context key below), so a plain .ps1 keeps the
// PowerShell extension's own play button alone. A change of any of these restarts the server.
import * as vscode from 'vscode';
import type { ServerFeatures } from '../../server/src/protocol/extensionProtocol';

export const POWERSHELL_EXTENSION_ID = 'ms-vscode.powershell';

/** The settings that change what the server advertises, so a change restarts it. */
export const SERVER_FEATURE_SETTINGS = ['exconn.formatting', 'exconn.semanticHighlighting.enabled'] as const;

export type RunButtonSetting = 'auto' | 'always' | 'never';

export function powerShellExtensionInstalled(): boolean {
  return vscode.extensions.getExtension(POWERSHELL_EXTENSION_ID) !== undefined;
}

export function serverFeatures(powerShellExtension = powerShellExtensionInstalled()): Required<ServerFeatures> {
  const config = vscode.workspace.getConfiguration('exconn');
  const formatting = config.get<string>('formatting', 'auto');
  return {
    formatting: formatting === 'on' || (formatting === 'auto' && !powerShellExtension),
    semanticTokens: config.get<boolean>('semanticHighlighting.enabled', true),
    powerShellCmdlets: !powerShellExtension,
  };
}

export function runButtonSetting(scope?: vscode.ConfigurationScope): RunButtonSetting {
  const value = vscode.workspace.getConfiguration('exconn', scope).get<string>('runButton', 'auto');
  return value === 'always' || value === 'never' ? value : 'auto';
}
