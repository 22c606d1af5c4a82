// Which simulated object an exported Exchange object is, by the last part of its .NET type name
// (`Microsoft.Exchange.Data.Directory.SystemConfiguration.SmtpSendConnectorConfig` is a Send
// connector), and, for JSON, which type a file of one kind holds when `--type` names it.

import { IMPORTABLE_OBJECT_TYPES } from '../../../protocol/extensionProtocol';

/** The simulated types the import reads: the object families, Foreign connectors and the Transport service. */
// Declared in the protocol, so the editor's Import command offers the same list.
export const IMPORTABLE_TYPES = IMPORTABLE_OBJECT_TYPES;
export type ImportableType = (typeof IMPORTABLE_TYPES)[number];

/** The .NET class names Exchange's cmdlets write, lower case, to the type they stand for. */
const CLASS_NAMES: Record<string, ImportableType> = {
  foreignconnector: 'ForeignConnector',
  smtpsendconnectorconfig: 'SendConnector',
  deliveryagentconnector: 'DeliveryAgentConnector',
  receiveconnector: 'ReceiveConnector',
  accepteddomain: 'AcceptedDomain',
  domaincontentconfig: 'RemoteDomain',
  remotedomain: 'RemoteDomain',
  mailcontact: 'MailContact',
  adcontact: 'MailContact',
  transportserver: 'TransportService',
  transportservice: 'TransportService',
  transportserverpresentationobject: 'TransportService',
  transportconfigcontainer: 'TransportConfig',
};

export function importableTypeOf(typeNames: readonly string[]): ImportableType | undefined {
  for (const name of typeNames) {
    const found = CLASS_NAMES[name.slice(name.lastIndexOf('.') + 1).toLowerCase()] ?? IMPORTABLE_TYPES.find((type) => type.toLowerCase() === name.toLowerCase());
    if (found) return found;
  }
  return undefined;
}
