// The Foreign connector cmdlets (New/Set/Get/Remove-ForeignConnector) and the object they return.
//
// Sources (Exchange 2013–2019 syntax): Microsoft's cmdlet reference pages New-ForeignConnector,
// Set-ForeignConnector, Get-ForeignConnector and Remove-ForeignConnector (MicrosoftDocs/
// office-docs-powershell, exchange-ps/ExchangePowerShell/*.md). Ranges as documented there:
// DropDirectoryQuota 1 through 2147483647 bytes, MaxMessageSize 0 through 2147483647 KB, both default
// unlimited; address space cost 1–100. Property list of the connector object: the ForeignConnector
// class (MailGateway/SendConnector) followed by the Active Directory object properties that every
// Exchange configuration object shows last, in the order Format-List prints them.

import {
  AD_OBJECT_PROPERTIES, addressSpacesParameter, bool, confirmParameter, contextDefault, DEFAULT_SET, domainControllerParameter, flagDefault,
  identity, identityParameter, inDefaultSet, INT32_MAX, KB, named, setting, switchValue, text, UNLIMITED_DEFAULT,
  unlimitedSize, whatIfParameter,
} from './builders';
import type { CmdletSpec, ObjectTypeSpec, ParameterSpec } from './types';

const addressSpaces = (mandatory: boolean): ParameterSpec => addressSpacesParameter(
  'The address spaces the connector serves, each written [Type:]Address[;Cost] (type SMTP when omitted, cost 1–100, default 1).',
  mandatory ? inDefaultSet({ mandatory: true }) : undefined);

const isScopedConnector = setting('IsScopedConnector', bool,
  'When $true, only servers in the same Active Directory site may use the connector; when $false, the whole organization may.',
  { default: flagDefault(false) });

const sourceTransportServers = setting('SourceTransportServers', identity('Server'),
  'The Mailbox servers whose Transport service hosts the connector and writes to its Drop directory; several give fault tolerance.',
  { multiValued: true, multiValuedProperty: true, default: contextDefault('localServer', 'The server where the connector was created') });

const connectorIdentity = (purpose: string, mandatory: boolean): ParameterSpec =>
  identityParameter('ForeignConnector', `The Foreign connector to ${purpose}: its name, GUID, or ServerName\\ConnectorName.`, mandatory);

const newForeignConnector: CmdletSpec = {
  name: 'New-ForeignConnector',
  module: 'Exchange',
  synopsis: 'Creates a Foreign connector that hands messages for its address spaces to a non-SMTP gateway through a Drop directory.',
  description: 'A Foreign connector sends messages for its address spaces (SMTP, X400 or a custom type such as FAX) to a foreign gateway by writing them as files into a Drop directory on its source transport servers. Create it here, then give it a Drop directory with Set-ForeignConnector.',
  parameterSets: [DEFAULT_SET],
  commonParameters: true,
  supportsShouldProcess: true,
  outputType: 'ForeignConnector',
  example: 'New-ForeignConnector -Name "Contoso Foreign Connector" -AddressSpaces "X400:c=US;a=Fabrikam;P=Contoso;5" -SourceTransportServers Hub01,Hub02',
  parameters: [
    setting('Name', text, 'The name of the new Foreign connector; it is also the default name of its Drop directory.', {
      sets: inDefaultSet({ mandatory: true, position: 0 }),
    }),
    addressSpaces(true),
    confirmParameter,
    domainControllerParameter,
    isScopedConnector,
    sourceTransportServers,
    whatIfParameter,
  ],
};

const setForeignConnector: CmdletSpec = {
  name: 'Set-ForeignConnector',
  module: 'Exchange',
  synopsis: 'Changes a Foreign connector: its address spaces, Drop directory, limits, source servers or state.',
  description: 'Use it after New-ForeignConnector to point the connector at its Drop directory (-DropDirectory), cap the directory and message sizes, or enable and disable it. Values given replace the current ones; multi-valued properties also accept @{Add=...; Remove=...}.',
  parameterSets: [DEFAULT_SET],
  commonParameters: true,
  supportsShouldProcess: true,
  example: 'Set-ForeignConnector "Fax Connector" -DropDirectory "C:\\Drop Directory" -MaxMessageSize 10MB',
  parameters: [
    connectorIdentity('change', true),
    addressSpaces(false),
    setting('Comment', text, 'A free-text note about the connector for administrators.'),
    confirmParameter,
    domainControllerParameter,
    setting('DropDirectory', { kind: 'path', local: false, allowRelative: true },
      'The folder the connector writes outbound messages to: a full local or UNC path, or a name under the transport service\'s RootDropDirectoryPath. Exchange does not create it.',
      { default: contextDefault('name', 'The connector name') }),
    setting('DropDirectoryQuota', unlimitedSize(1, INT32_MAX),
      'The most the message files waiting in the Drop directory may add up to; beyond it no new files are written until some are picked up.',
      { default: UNLIMITED_DEFAULT }),
    setting('Enabled', bool, 'Turns the connector on ($true) or off ($false).', { default: flagDefault(true) }),
    named('Force', switchValue, 'Suppresses warnings and confirmation prompts, for unattended scripts.'),
    isScopedConnector,
    setting('MaxMessageSize', unlimitedSize(0, INT32_MAX * KB),
      'The largest message the connector accepts; 0 effectively stops it, but -Enabled $false is the proper way.',
      { default: UNLIMITED_DEFAULT }),
    setting('Name', text, 'A new name for the connector.'),
    setting('RelayDsnRequired', bool,
      'Whether a relay delivery status notification is required when a message is written to the Drop directory.',
      { default: flagDefault(false) }),
    sourceTransportServers,
    whatIfParameter,
  ],
};

const getForeignConnector: CmdletSpec = {
  name: 'Get-ForeignConnector',
  module: 'Exchange',
  synopsis: 'Shows the configuration of one Foreign connector, or of all of them.',
  description: 'Without -Identity it lists every Foreign connector in the organization; pipe it to Format-List to see all properties.',
  parameterSets: [DEFAULT_SET],
  commonParameters: true,
  outputType: 'ForeignConnector',
  example: 'Get-ForeignConnector "Fax Connector" | Format-List',
  parameters: [
    connectorIdentity('show (all connectors when omitted)', false),
    domainControllerParameter,
  ],
};

const removeForeignConnector: CmdletSpec = {
  name: 'Remove-ForeignConnector',
  module: 'Exchange',
  synopsis: 'Deletes a Foreign connector and its configuration.',
  description: 'The connector stops routing its address spaces at once, which can change mail flow for the whole organization. It asks for confirmation unless -Confirm:$false is given.',
  parameterSets: [DEFAULT_SET],
  commonParameters: true,
  supportsShouldProcess: true,
  example: 'Remove-ForeignConnector "Fax Connector" -Confirm:$false',
  parameters: [
    connectorIdentity('delete', true),
    confirmParameter,
    domainControllerParameter,
    whatIfParameter,
  ],
};

export const FOREIGN_CONNECTOR_CMDLETS: readonly CmdletSpec[] = [
  newForeignConnector,
  setForeignConnector,
  getForeignConnector,
  removeForeignConnector,
];

export const FOREIGN_CONNECTOR_OBJECT: ObjectTypeSpec = {
  name: 'ForeignConnector',
  properties: [
    { name: 'AddressSpaces', type: 'MultiValuedProperty', description: 'The address spaces the connector routes, as Type:Address;Cost.' },
    { name: 'Comment', type: 'String', description: 'The administrator\'s note.' },
    { name: 'ConnectedDomains', type: 'MultiValuedProperty', description: 'Legacy routing-group connected domains; empty for Foreign connectors.' },
    { name: 'DropDirectory', type: 'String', description: 'Where outbound messages are written for the foreign gateway.' },
    { name: 'DropDirectoryQuota', type: 'Unlimited', description: 'The size cap of the Drop directory.' },
    { name: 'Enabled', type: 'Boolean', description: 'Whether the connector is in use.' },
    { name: 'HomeMTA', type: 'ADObjectId', description: 'The legacy message transfer agent object; shown as Microsoft MTA.' },
    { name: 'HomeMtaServerId', type: 'ADObjectId', description: 'The server that hosts the connector\'s home MTA.' },
    { name: 'IsScopedConnector', type: 'Boolean', description: 'Whether only servers in the same Active Directory site may use it.' },
    { name: 'IsSmtpConnector', type: 'Boolean', description: 'Always $false for a Foreign connector.' },
    { name: 'MaxMessageSize', type: 'Unlimited', description: 'The largest message the connector accepts.' },
    { name: 'Name', type: 'String', description: 'The connector\'s name.' },
    { name: 'RelayDsnRequired', type: 'Boolean', description: 'Whether a relay DSN is required on writing to the Drop directory.' },
    { name: 'SourceRoutingGroup', type: 'ADObjectId', description: 'The routing group of the source servers (legacy).' },
    { name: 'SourceTransportServers', type: 'MultiValuedProperty', description: 'The servers that host the connector.' },
    ...AD_OBJECT_PROPERTIES,
  ],
};
