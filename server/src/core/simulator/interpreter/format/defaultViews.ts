// How an object is shown when it reaches the end of a pipeline without a Format-* cmdlet. Exchange's
// formatting files give its types a table view of a few columns; objects without a view are shown as
// a table when they have at most four properties and as a list otherwise, PowerShell's own rule.

import { PsObject, type PsValue } from '../psValue';

export type DefaultView = { kind: 'table'; columns: string[] } | { kind: 'list' };

/** Table views of the Exchange types the simulator emits, keyed by type name (lower case). */
const EXCHANGE_TABLE_VIEWS: Record<string, string[]> = {
  // Get-ForeignConnector and Get-SendConnector share the connector view.
  foreignconnector: ['Identity', 'AddressSpaces', 'Enabled'],
  sendconnector: ['Identity', 'AddressSpaces', 'Enabled'],
  deliveryagentconnector: ['Identity', 'AddressSpaces', 'Enabled'],
  receiveconnector: ['Identity', 'Bindings', 'Enabled'],
  accepteddomain: ['Name', 'DomainName', 'DomainType', 'Default'],
  remotedomain: ['Name', 'DomainName', 'AllowedOOFType'],
  mailcontact: ['Name', 'Alias', 'RecipientType'],
  transportrule: ['Name', 'State', 'Mode', 'Priority'],
  queue: ['Identity', 'DeliveryType', 'Status', 'MessageCount', 'Velocity', 'RiskLevel', 'OutboundIPPool', 'NextHopDomain'],
  message: ['Identity', 'FromAddress', 'Status', 'Queue', 'Subject'],
  transportservice: ['Name'],
  messagetrackingevent: ['EventId', 'Source', 'Sender', 'Recipients', 'MessageSubject'],
  exchangeserver: ['Name', 'Site', 'ServerRole', 'Edition', 'AdminDisplayVersion'],
};

const MAX_TABLE_PROPERTIES = 4;

export function defaultViewOf(value: PsValue): DefaultView {
  if (!(value instanceof PsObject)) return { kind: 'table', columns: ['Name', 'Value'] };
  const view = EXCHANGE_TABLE_VIEWS[value.typeName.toLowerCase()];
  if (view) return { kind: 'table', columns: view };
  const names = value.properties.map((property) => property.name);
  return names.length <= MAX_TABLE_PROPERTIES ? { kind: 'table', columns: names } : { kind: 'list' };
}
