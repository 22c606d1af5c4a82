// Which commands the editor features serve. Beside the PowerShell extension (which already completes,
// describes and signs PowerShell's own cmdlets and the script's functions, from the modules installed
// on the machine) the server leaves those to it and keeps what only it knows: the Exchange cmdlets,
// their parameters and values, address spaces, connectors and the procedure snippets. Without that
// extension (any other editor, or VS Code alone) it serves everything. Diagnostics are not scoped:
// the PowerShell extension does not check Exchange's rules.

import type { CmdletSpec } from '../catalog/types';
import type { DocumentAnalysis } from './documentAnalysis';

export interface FeatureScope {
  /** False when another language server (the PowerShell extension's) serves PowerShell's own cmdlets. */
  powerShellCmdlets: boolean;
}

export const FULL_SCOPE: FeatureScope = { powerShellCmdlets: true };

/** Whether completion, hover and signature help serve this cmdlet's name, parameters and values. */
export function servesCmdlet(scope: FeatureScope, cmdlet: Pick<CmdletSpec, 'module'>): boolean {
  return scope.powerShellCmdlets || cmdlet.module !== 'PowerShell';
}

/** Whether completion offers the functions the script defines (the PowerShell extension does). */
export function servesScriptFunctions(scope: FeatureScope): boolean {
  return scope.powerShellCmdlets;
}

/** Whether the script runs an Exchange cmdlet: the editor shows its Run Script button on such scripts. */
export function usesExchangeCmdlets(analysis: Pick<DocumentAnalysis, 'bindings'>): boolean {
  return analysis.bindings.some((binding) => binding.cmdlet?.module === 'Exchange');
}
