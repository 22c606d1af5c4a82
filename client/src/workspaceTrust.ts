// Running a script or the transport writes files into the workspace (configuration, Drop folders,
// moved messages), so those commands need a trusted workspace. package.json hides them in
// Restricted Mode ("when": "isWorkspaceTrusted"); this check covers keybindings, other extensions
// and stale menus, and tells the user why nothing happened.
import * as vscode from 'vscode';

export function ensureTrusted(action: string): boolean {
  if (vscode.workspace.isTrusted) return true;
  const manage = 'Manage Workspace Trust';
  void vscode.window
    .showWarningMessage(
      `${action} is disabled in Restricted Mode: it writes files in this workspace. Trust the workspace to use it; checking scripts works without trust.`,
      manage,
    )
    .then((choice) => {
      if (choice === manage) void vscode.commands.executeCommand('workbench.trust.manage');
    });
  return false;
}
