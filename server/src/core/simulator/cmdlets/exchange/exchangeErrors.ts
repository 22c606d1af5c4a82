// The errors Exchange cmdlets report, worded as the Exchange Management Shell shows them: an object
// that cannot be found, an identity that matches several objects, a name already taken. The
// FullyQualifiedErrorId ends with the task class, as Exchange's do; its leading code, which Exchange
// derives from the failing code location, is derived here from the cmdlet and the error so that it
// is stable from run to run.

import { pathRefusedMessage } from '../../../model/workspacePathParameters';
import type { CmdletSpec } from '../../../catalog/types';
import type { ErrorRecord } from '../../interpreter/errorRecord';
import type { CmdletCall } from '../cmdlet';

/** Exchange's task classes live in these namespaces; the class name is the cmdlet name without the dash. */
const TASK_NAMESPACES: Record<string, string> = {
  'get-messagetrackinglog': 'Microsoft.Exchange.Management.TransportLogSearchTasks',
};
const DEFAULT_NAMESPACE = 'Microsoft.Exchange.Management.SystemConfigurationTasks';

function taskClass(cmdlet: CmdletSpec): string {
  const namespace = TASK_NAMESPACES[cmdlet.name.toLowerCase()] ?? DEFAULT_NAMESPACE;
  return `${namespace}.${cmdlet.name.replace('-', '')}`;
}

/** An eight-digit hexadecimal code, stable for the same cmdlet and error (FNV-1a). */
export function errorCode(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).toUpperCase().padStart(8, '0');
}

export function exchangeError(cmdlet: CmdletSpec, message: string, category: string, reason: string): ErrorRecord {
  return {
    message,
    category,
    reason,
    activity: cmdlet.name,
    fullyQualifiedErrorId: `${errorCode(`${cmdlet.name}|${reason}`)},${taskClass(cmdlet)}`,
    style: 'exchange',
  };
}

/** `parameter`: the one that named the missing object, for the editor's underline (Identity unless said). */
export function objectNotFound(cmdlet: CmdletSpec, identity: string, domainController: string, parameter = 'Identity'): ErrorRecord {
  return { ...exchangeError(cmdlet, `The operation couldn't be performed because object '${identity}' couldn't be found on '${domainController}'.`, 'NotSpecified', 'ManagementObjectNotFoundException'), parameter };
}

export function objectAmbiguous(cmdlet: CmdletSpec, identity: string): ErrorRecord {
  return { ...exchangeError(cmdlet, `The operation couldn't be performed because '${identity}' matches multiple entries.`, 'NotSpecified', 'ManagementObjectAmbiguousException'), parameter: 'Identity' };
}

export function objectAlreadyExists(cmdlet: CmdletSpec, distinguishedName: string, domainController: string): ErrorRecord {
  return { ...exchangeError(cmdlet, `Active Directory operation failed on ${domainController}. The object '${distinguishedName}' already exists.`, 'NotSpecified', 'ADObjectAlreadyExistsException'), parameter: 'Name' };
}

/** A path that would leave the workspace: the simulator refuses it before anything is written. */
export function pathRefused(cmdlet: CmdletSpec, parameter: string, path: string, reason: string): ErrorRecord {
  return { ...exchangeError(cmdlet, pathRefusedMessage(path, parameter, reason), 'InvalidArgument', 'ArgumentException'), parameter };
}

/** A change the cmdlet's own rules forbid (for example an empty -AddressSpaces). */
export function invalidOperation(cmdlet: CmdletSpec, message: string): ErrorRecord {
  return exchangeError(cmdlet, message, 'InvalidOperation', 'InvalidOperationException');
}

/** Two parameters that break a rule between them (model/parameterRules.ts); nothing is changed. */
export function conflictingParameters(cmdlet: CmdletSpec, message: string): ErrorRecord {
  return exchangeError(cmdlet, message, 'InvalidArgument', 'ArgumentException');
}

/** Writes Exchange's error and gives undefined, for checks that return the value to go on with. */
export function fail(call: CmdletCall, record: ErrorRecord): undefined {
  call.error(record);
  return undefined;
}
