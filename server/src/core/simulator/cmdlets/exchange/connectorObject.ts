// The ForeignConnector object Get-/New-ForeignConnector emit: every property the catalog lists for
// the type, in its Format-List order. A property a parameter sets shows the stored value in the form
// the parameter's type gives it (sizes as `10 MB (10,485,760 bytes)` or `Unlimited`); the others are
// fixed by what a Foreign connector is (legacy routing fields) and its directory object.

import { findObjectType } from '../../../catalog/catalog';
import { connectorSettingParameters, connectorValue } from '../../../model/foreignConnector';
import { PsDateTime, PsObject, type PsValue } from '../../interpreter/psValue';
import { connectorDistinguishedName, ROUTING_GROUP, schemaCategory } from '../../../model/directoryNames';
import { shownSettingValue } from './settingValues';
import type { ConnectorState, OrganizationInfo } from '../simulatorSession';

export const CONNECTOR_TYPE = 'ForeignConnector';

type PropertyValue = (connector: ConnectorState, organization: OrganizationInfo) => PsValue;

const date = (iso: string) => new PsDateTime(new Date(iso));

/** The properties no parameter sets, lower-cased. */
const FIXED_VALUES: Record<string, PropertyValue> = {
  connecteddomains: () => [],
  homemta: () => 'Microsoft MTA',
  homemtaserverid: (c) => c.sourceTransportServers[0] ?? null,
  issmtpconnector: () => false,
  sourceroutinggroup: () => ROUTING_GROUP,
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

let settingValues: Map<string, PropertyValue> | undefined;

/** The properties a parameter sets, lower-cased: the stored value, shown per the parameter's type. */
function settingValuesByProperty(): Map<string, PropertyValue> {
  settingValues ??= new Map(connectorSettingParameters().map((parameter): [string, PropertyValue] => {
    const property = parameter.property ?? parameter.name;
    return [property.toLowerCase(), (c) => shownSettingValue(parameter, connectorValue(c, property) ?? null)];
  }));
  return settingValues;
}

let propertyValues: { name: string; value: PropertyValue | undefined }[] | undefined;

/** The type's properties in order, each with how its value is found: looked up once, used for every object. */
function propertyValuesInOrder(): { name: string; value: PropertyValue | undefined }[] {
  const settings = settingValuesByProperty();
  propertyValues ??= (findObjectType(CONNECTOR_TYPE)?.properties ?? []).map((property) => {
    const key = property.name.toLowerCase();
    return { name: property.name, value: settings.get(key) ?? FIXED_VALUES[key] };
  });
  return propertyValues;
}

export function connectorObject(connector: ConnectorState, organization: OrganizationInfo): PsObject {
  const object = new PsObject(CONNECTOR_TYPE);
  for (const { name, value } of propertyValuesInOrder()) object.set(name, value ? value(connector, organization) : null);
  return object;
}
