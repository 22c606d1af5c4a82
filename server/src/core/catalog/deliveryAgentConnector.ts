// The Delivery Agent connector cmdlets (New/Set/Get/Remove-DeliveryAgentConnector).
//
// Sources (Exchange 2013–SE syntax): Microsoft's cmdlet reference pages New-DeliveryAgentConnector,
// Set-DeliveryAgentConnector, Get-DeliveryAgentConnector and Remove-DeliveryAgentConnector
// (MicrosoftDocs/office-docs-powershell, exchange-ps/ExchangePowerShell/*.md). Each cmdlet has one
// parameter set. Documented there: Name at most 64 characters; MaxMessageSize 65536 through 2147483647
// bytes, default unlimited; MaxConcurrentConnections default 5; MaxMessagesPerConnection default 20
// (no range given for either count, so none is enforced); Enabled default $true; IsScopedConnector
// default $false; SourceTransportServers defaults to the server the command runs on.

import {
  addressSpacesParameter, bool, confirmParameter, contextDefault, DEFAULT_SET, domainControllerParameter, flagDefault, identity,
  identityParameter, inDefaultSet, int, INT32_MAX, named, numberDefault, setting, switchValue, text,
  UNLIMITED_DEFAULT, unlimitedSize, whatIfParameter,
} from './builders';
import type { CmdletSpec, ParameterSpec } from './types';

/** The connector name, as the reference limits it. */
const connectorName: ParameterSpec['type'] = { kind: 'string', maxLength: 64 };

const addressSpaces = (mandatory: boolean): ParameterSpec => addressSpacesParameter(
  'The recipient address spaces whose messages this connector hands to its delivery agent, each [Type:]Address[;Cost].',
  mandatory ? inDefaultSet({ mandatory: true }) : undefined);

const deliveryProtocol = (mandatory: boolean): ParameterSpec => setting('DeliveryProtocol', text,
  'The protocol name that picks which installed delivery agent services the connector\'s queue (for example X.400 or FAX).',
  mandatory ? { sets: inDefaultSet({ mandatory: true }) } : {});

/** The settings New- and Set- share, alphabetically as the reference lists them. */
const sharedSettings: readonly ParameterSpec[] = [
  setting('Comment', text, 'A free-text note about the connector for administrators.'),
  confirmParameter,
  domainControllerParameter,
  setting('Enabled', bool, 'Turns the connector on ($true) or off ($false); a disabled connector routes nothing.',
    { default: flagDefault(true) }),
  setting('IsScopedConnector', bool,
    'When $true, only Mailbox servers in the same Active Directory site route through the connector; when $false, the whole organization does.',
    { default: flagDefault(false) }),
  setting('MaxConcurrentConnections', int(),
    'How many connections at once the connector allows from one IP address.',
    { default: numberDefault(5) }),
  setting('MaxMessageSize', unlimitedSize(64 * 1024, INT32_MAX),
    'The largest message the connector passes on (64 KB to 2 GB); larger messages are refused.',
    { default: UNLIMITED_DEFAULT }),
  setting('MaxMessagesPerConnection', int(),
    'How many messages the connector takes over one connection before it closes it; the sender must then reconnect.',
    { default: numberDefault(20) }),
];

const sourceTransportServers = setting('SourceTransportServers', identity('Server'),
  'The Mailbox servers whose Transport service hosts the connector and runs its delivery agent; several give fault tolerance.',
  { multiValued: true, multiValuedProperty: true, default: contextDefault('localServer', 'The server where the connector was created') });

const connectorIdentity = (purpose: string, mandatory: boolean): ParameterSpec =>
  identityParameter('DeliveryAgentConnector', `The Delivery Agent connector to ${purpose}: its name or GUID.`, mandatory);

const newDeliveryAgentConnector: CmdletSpec = {
  name: 'New-DeliveryAgentConnector',
  outputType: 'DeliveryAgentConnector',
  module: 'Exchange',
  synopsis: 'Creates a Delivery Agent connector that routes messages for its address spaces to a non-SMTP system through a delivery agent.',
  description: 'A Delivery Agent connector queues messages for its address spaces (often X400 or a custom type such as FAX) and lets a transport delivery agent convert and deliver them, so the messages stay visible in the queues instead of passing through Drop and Pickup folders. Create it with the delivery protocol its agent registers for, on the Mailbox servers that run that agent.',
  parameterSets: [DEFAULT_SET],
  commonParameters: true,
  supportsShouldProcess: true,
  example: 'New-DeliveryAgentConnector -Name "Fabrikam Fax Connector" -AddressSpaces "FAX:fabrikam.com;2" -DeliveryProtocol FAX -SourceTransportServers Mbx01,Mbx02',
  parameters: [
    setting('Name', connectorName, 'The name of the new Delivery Agent connector, at most 64 characters.', {
      sets: inDefaultSet({ mandatory: true, position: 0 }),
    }),
    addressSpaces(true),
    deliveryProtocol(true),
    ...sharedSettings,
    sourceTransportServers,
    whatIfParameter,
  ],
};

const setDeliveryAgentConnector: CmdletSpec = {
  name: 'Set-DeliveryAgentConnector',
  module: 'Exchange',
  synopsis: 'Changes a Delivery Agent connector: its address spaces, protocol, limits, source servers or state.',
  description: 'Values given replace the current ones; multi-valued properties also accept @{Add=...; Remove=...}. Use it to move the connector to other Mailbox servers, tune its connection limits, or disable it while its delivery agent is serviced.',
  parameterSets: [DEFAULT_SET],
  commonParameters: true,
  supportsShouldProcess: true,
  example: 'Set-DeliveryAgentConnector "Fabrikam Fax Connector" -MaxMessageSize 5MB -SourceTransportServers @{Add="Mbx03"}',
  parameters: [
    connectorIdentity('change', true),
    addressSpaces(false),
    ...sharedSettings,
    deliveryProtocol(false),
    named('Force', switchValue, 'Suppresses warnings and confirmation prompts, for unattended scripts.'),
    setting('Name', connectorName, 'A new name for the connector, at most 64 characters.'),
    sourceTransportServers,
    whatIfParameter,
  ],
};

const getDeliveryAgentConnector: CmdletSpec = {
  name: 'Get-DeliveryAgentConnector',
  outputType: 'DeliveryAgentConnector',
  module: 'Exchange',
  synopsis: 'Shows the configuration of one Delivery Agent connector, or of all of them.',
  description: 'Without -Identity it lists every Delivery Agent connector in the organization; pipe it to Format-List to see all properties.',
  parameterSets: [DEFAULT_SET],
  commonParameters: true,
  example: 'Get-DeliveryAgentConnector "Fabrikam Fax Connector" | Format-List',
  parameters: [
    connectorIdentity('show (all connectors when omitted)', false),
    domainControllerParameter,
  ],
};

const removeDeliveryAgentConnector: CmdletSpec = {
  name: 'Remove-DeliveryAgentConnector',
  module: 'Exchange',
  synopsis: 'Deletes a Delivery Agent connector.',
  description: 'Its address spaces stop routing to the delivery agent at once, so messages for them fall back to other connectors or are not delivered. It asks for confirmation unless -Confirm:$false is given.',
  parameterSets: [DEFAULT_SET],
  commonParameters: true,
  supportsShouldProcess: true,
  example: 'Remove-DeliveryAgentConnector "Fabrikam Fax Connector" -Confirm:$false',
  parameters: [
    connectorIdentity('delete', true),
    confirmParameter,
    domainControllerParameter,
    whatIfParameter,
  ],
};

export const DELIVERY_AGENT_CONNECTOR_CMDLETS: readonly CmdletSpec[] = [
  newDeliveryAgentConnector,
  setDeliveryAgentConnector,
  getDeliveryAgentConnector,
  removeDeliveryAgentConnector,
];
