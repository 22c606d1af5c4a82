// The objects the mail-flow Get- and New- cmdlets write to the pipeline (a Send connector, an
// accepted domain, the organization's transport settings...), for property completion after
// `| Format-List`, `Select-Object` and `Where-Object`. Each one is derived from its Set- cmdlet's rows:
// Exchange names every setting property like the parameter that sets it, so the parameter row stays
// the one place a setting is described. Parameters that steer the command rather than store a
// value (Identity, Confirm, DomainController...) are left out.

import { DELIVERY_AGENT_CONNECTOR_CMDLETS } from './deliveryAgentConnector';
import { DOMAIN_CMDLETS } from './domains';
import { MAIL_CONTACT_CMDLETS } from './mailContact';
import { RECEIVE_CONNECTOR_CMDLETS } from './receiveConnector';
import { SEND_CONNECTOR_CMDLETS } from './sendConnector';
import { TRANSPORT_AGENT_CMDLETS } from './transportAgent';
import { TRANSPORT_CONFIG_CMDLETS } from './transportConfig';
import { TRANSPORT_RULE_CMDLETS } from './transportRule';
import { TRANSPORT_SERVICES_CMDLETS } from './transportServices';
import { AD_OBJECT_PROPERTIES } from './builders';
import { helpTypeName } from './typeNames';
import type { CmdletSpec, ObjectTypeSpec, ParameterSpec, PropertySpec } from './types';

/** Parameters that say how to run the command, not what to store. */
const COMMAND_CONTROLS = new Set(['identity', 'confirm', 'whatif', 'domaincontroller', 'force', 'ignoredefaultscope', 'instance', 'transportservice']);

const NAME: PropertySpec = { name: 'Name', type: 'String', description: 'The object\'s name.' };

function setCmdletOf(family: readonly CmdletSpec[], name: string): CmdletSpec {
  const cmdlet = family.find((candidate) => candidate.name === name);
  if (!cmdlet) throw new Error(`configurationObjects: no ${name} in its family`);
  return cmdlet;
}

/** The type a property shows: the parameter's, except words stored for a Boolean (a rule's State), which are text. */
function propertyTypeName(parameter: ParameterSpec): string {
  return parameter.propertyValues ? 'String' : helpTypeName(parameter);
}

/** An object type whose properties are the leading ones (Name), the settings of Set-<type>, then the trailing ones. */
function settingsObject(type: string, family: readonly CmdletSpec[], trailing: readonly PropertySpec[] = AD_OBJECT_PROPERTIES, leading: readonly PropertySpec[] = [NAME]): ObjectTypeSpec {
  const stored = (parameter: ParameterSpec) => !COMMAND_CONTROLS.has(parameter.name.toLowerCase()) && parameter.name !== 'Name' && parameter.type.kind !== 'switch';
  const settings = setCmdletOf(family, `Set-${type}`).parameters.filter(stored);
  // What only New- sets (an accepted domain's DomainName) is a property too, once it names one.
  const names = new Set(settings.map((parameter) => (parameter.property ?? parameter.name).toLowerCase()));
  const creationOnly = (family.find((candidate) => candidate.name === `New-${type}`)?.parameters ?? [])
    .filter((parameter) => stored(parameter) && parameter.property !== undefined && !names.has(parameter.property.toLowerCase()));
  const properties = [...settings, ...creationOnly]
    .map((parameter): PropertySpec => ({ name: parameter.property ?? parameter.name, type: propertyTypeName(parameter), description: parameter.description }));
  return { name: type, properties: [...leading, ...properties, ...trailing] };
}

/** A transport agent is no Active Directory object: Get-TransportAgent shows its identity, state and priority. */
const TRANSPORT_AGENT_IDENTITY: readonly PropertySpec[] = [
  { name: 'Identity', type: 'String', description: 'The agent\'s name, which -Identity takes.' },
  { name: 'Enabled', type: 'Boolean', description: 'Whether the agent runs on the messages passing through.' },
];

const RECIPIENT_TYPE: PropertySpec = { name: 'RecipientType', type: 'RecipientType', description: 'The kind of recipient: MailContact for a mail contact.' };

export const CONFIGURATION_OBJECTS: readonly ObjectTypeSpec[] = [
  settingsObject('DeliveryAgentConnector', DELIVERY_AGENT_CONNECTOR_CMDLETS),
  settingsObject('SendConnector', SEND_CONNECTOR_CMDLETS),
  settingsObject('ReceiveConnector', RECEIVE_CONNECTOR_CMDLETS),
  settingsObject('AcceptedDomain', DOMAIN_CMDLETS),
  settingsObject('RemoteDomain', DOMAIN_CMDLETS),
  settingsObject('TransportConfig', TRANSPORT_CONFIG_CMDLETS),
  settingsObject('MailContact', MAIL_CONTACT_CMDLETS, [RECIPIENT_TYPE, ...AD_OBJECT_PROPERTIES]),
  settingsObject('TransportRule', TRANSPORT_RULE_CMDLETS),
  settingsObject('MailboxTransportService', TRANSPORT_SERVICES_CMDLETS),
  settingsObject('FrontendTransportService', TRANSPORT_SERVICES_CMDLETS),
  settingsObject('TransportAgent', TRANSPORT_AGENT_CMDLETS, [], TRANSPORT_AGENT_IDENTITY),
];
