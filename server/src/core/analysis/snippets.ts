// Snippets offered at a command position: the whole Foreign-connector procedure (create the
// connector, give it a Drop directory, set the Pickup and Replay directories, check the result), and
// for every catalog cmdlet with mandatory parameters, the cmdlet with those parameters filled in with
// placeholders. Snippet syntax is VS Code's: `${1:text}` tab stops, `\\` for a backslash.

import { defaultSetOf, mandatoryParametersIn } from '../catalog/catalog';
import type { CmdletSpec, IdentityKind, ParameterSpec } from '../catalog/types';

export interface Snippet {
  label: string;
  description: string;
  body: string;
}

export const FOREIGN_CONNECTOR_PROCEDURE: Snippet = {
  label: 'Foreign connector procedure',
  description: 'Creates a Foreign connector, gives it a Drop directory, sets the Pickup and Replay directories of the transport service, and shows the result.',
  body: [
    '# Create the connector for the foreign system\'s address space.',
    'New-ForeignConnector -Name "${1:Contoso Foreign Connector}" -AddressSpaces "${2:X400:c=US;a=Fabrikam;p=Contoso;5}" -SourceTransportServers ${3:Hub01}',
    '# Point it at the Drop directory the gateway collects messages from.',
    'Set-ForeignConnector "${1}" -DropDirectory "${4:C:\\\\Drop Directory}"',
    '# Pickup: messages copied here are submitted for delivery.',
    'Set-TransportService ${3} -PickupDirectoryPath "${5:C:\\\\Pickup Directory}"',
    '# Replay: the gateway puts messages bound for Exchange here.',
    'Set-TransportService ${3} -ReplayDirectoryPath "${6:C:\\\\Replay Directory}"',
    'Get-ForeignConnector "${1}" | Format-List Name,AddressSpaces,DropDirectory',
    '$0',
  ].join('\n'),
};

/** A placeholder value per type, so the inserted command reads as an example. */
function placeholder(parameter: ParameterSpec, stop: number): string {
  const type = parameter.type;
  switch (type.kind) {
    case 'addressSpace':
      return `"\${${stop}:X400:c=US;a= ;p=Contoso;1}"`;
    case 'boolean':
      return `\${${stop}|\\$true,\\$false|}`;
    case 'enum':
      return `\${${stop}|${type.values.join(',')}|}`;
    case 'identity':
      return identityPlaceholder(type.of, stop);
    case 'scriptBlock':
      return `{ \${${stop}} }`;
    case 'switch':
      return '';
    default:
      return `"\${${stop}:${parameter.name}}"`;
  }
}

/** `New-ForeignConnector -Name "${1:Name}" -AddressSpaces "${2:...}"`, or undefined when nothing is mandatory. */
export function mandatoryParametersSnippet(cmdlet: CmdletSpec): Snippet | undefined {
  const mandatory = mandatoryParametersIn(cmdlet, defaultSetOf(cmdlet));
  if (mandatory.length === 0) return undefined;
  const parts = mandatory.map((parameter, index) => {
    const value = placeholder(parameter, index + 1);
    return value === '' ? `-${parameter.name}` : `-${parameter.name} ${value}`;
  });
  return {
    label: `${cmdlet.name} (mandatory parameters)`,
    description: `${cmdlet.synopsis} With its mandatory parameters ${mandatory.map((parameter) => `-${parameter.name}`).join(', ')}.`,
    body: `${cmdlet.name} ${parts.join(' ')}$0`,
  };
}

/** The snippet as it reads once inserted with its default values, for documentation. */
export function snippetPreview(body: string): string {
  const defaults = new Map<string, string>();
  for (const match of body.matchAll(/\$\{(\d+)(?::([^}]*)|\|([^|]*)\|)\}/g)) {
    if (!defaults.has(match[1])) defaults.set(match[1], match[2] ?? match[3]?.split(',')[0] ?? '');
  }
  return body
    .replace(/\$\{(\d+)(?::[^}]*|\|[^|]*\|)?\}/g, (_, stop: string) => defaults.get(stop) ?? '')
    .replace(/\$0/g, '')
    .replace(/\\(.)/g, '$1')
    .trimEnd();
}

/** A sample identity: the sample workspace's connector and server, else the kind of object named. */
function identityPlaceholder(kind: IdentityKind, stop: number): string {
  if (kind === 'ForeignConnector') return `"\${${stop}:Contoso Foreign Connector}"`;
  if (kind === 'Server' || kind === 'TransportServer') return `\${${stop}:Hub01}`;
  return `"\${${stop}:${kind}}"`;
}
