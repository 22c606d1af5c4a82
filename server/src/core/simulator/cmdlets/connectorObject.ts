// The ForeignConnector object Get-/New-ForeignConnector emit: every property the catalog lists for
// the type, in its Format-List order, with the values Exchange shows (sizes as `10 MB (10,485,760
// bytes)` or `Unlimited`, times from the simulator's fixed clock).

import { findObjectType } from '../../catalog/catalog';
import { formatSize } from '../../values/byteQuantifiedSize';
import { PsDateTime, PsObject, type PsValue } from '../interpreter/psValue';
import { connectorDistinguishedName, ROUTING_GROUP, schemaCategory } from '../../model/directoryNames';
import type { ConnectorState, OrganizationInfo, StoredSize } from './simulatorSession';

export const CONNECTOR_TYPE = 'ForeignConnector';

export function sizeText(size: StoredSize): string {
  return size === 'Unlimited' ? 'Unlimited' : formatSize({ unlimited: false, bytes: size });
}

type PropertyValue = (connector: ConnectorState, organization: OrganizationInfo) => PsValue;

const date = (iso: string) => new PsDateTime(new Date(iso));

const PROPERTY_VALUES: Record<string, PropertyValue> = {
  addressspaces: (c) => [...c.addressSpaces],
  comment: (c) => (c.comment === '' ? null : c.comment),
  connecteddomains: () => [],
  dropdirectory: (c) => c.dropDirectory,
  dropdirectoryquota: (c) => sizeText(c.dropDirectoryQuota),
  enabled: (c) => c.enabled,
  homemta: () => 'Microsoft MTA',
  homemtaserverid: (c) => c.sourceTransportServers[0] ?? null,
  isscopedconnector: (c) => c.isScopedConnector,
  issmtpconnector: () => false,
  maxmessagesize: (c) => sizeText(c.maxMessageSize),
  name: (c) => c.name,
  relaydsnrequired: (c) => c.relayDsnRequired,
  sourceroutinggroup: () => ROUTING_GROUP,
  sourcetransportservers: (c) => [...c.sourceTransportServers],
  admindisplayname: () => null,
  exchangeversion: () => '0.1 (8.0.535.0)',
  distinguishedname: (c, o) => connectorDistinguishedName(c.name, o),
  identity: (c) => c.name,
  guid: (c) => c.guid,
  objectcategory: (_c, o) => schemaCategory('Mail-Gateway', o),
  objectclass: () => ['top', 'msExchConnector', 'mailGateway'],
  whenchanged: (c) => date(c.whenChanged),
  whencreated: (c) => date(c.whenCreated),
  whenchangedutc: (c) => date(c.whenChanged),
  whencreatedutc: (c) => date(c.whenCreated),
  organizationid: () => null,
  id: (c) => c.name,
  originatingserver: (_c, o) => o.domainController,
  isvalid: () => true,
  objectstate: () => 'Unchanged',
};

export function connectorObject(connector: ConnectorState, organization: OrganizationInfo): PsObject {
  const type = findObjectType(CONNECTOR_TYPE);
  const object = new PsObject(CONNECTOR_TYPE);
  for (const property of type?.properties ?? []) {
    const value = PROPERTY_VALUES[property.name.toLowerCase()];
    object.set(property.name, value ? value(connector, organization) : null);
  }
  return object;
}
