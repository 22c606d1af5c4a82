// The TransportService object Get-TransportService emits for a server: every property the catalog
// lists, each holding the stored setting when the script changed it and Exchange's default
// otherwise (the catalog's typed defaults, taken from the Set-TransportService reference).

import { findCmdlet, findObjectType } from '../../../catalog/catalog';
import type { ParameterSpec } from '../../../catalog/types';
import { resolvedDefault } from '../../../model/defaults';
import { PsDateTime, PsObject, type PsValue } from '../../interpreter/psValue';
import { schemaCategory, serverDistinguishedName } from '../../../model/directoryNames';
import { shownSettingValue } from './settingValues';
import { SIMULATOR_EPOCH } from '../../state/clock';
import type { OrganizationInfo, SettingValue } from '../simulatorSession';

export const TRANSPORT_SERVICE_TYPE = 'TransportService';

/** When the simulated servers count as installed. The simulator stores no such date, and the
 * current time would make every run's output differ, so the simulator's epoch stands in. */
export const SERVER_INSTALLED = new Date(SIMULATOR_EPOCH);

/** The Set-TransportService parameters by the property each sets, lower-cased. */
function settingParameters(): Map<string, ParameterSpec> {
  const cmdlet = findCmdlet('Set-TransportService');
  return new Map((cmdlet?.parameters ?? []).flatMap((parameter) => (parameter.property === undefined ? [] : [[parameter.property.toLowerCase(), parameter] as const])));
}

/** A setting nobody changed: its default, or nothing (an empty list for a multi-valued one). */
function unchangedValue(parameter: ParameterSpec, facts: TransportServiceFacts): SettingValue {
  const value = resolvedDefault(parameter, { name: facts.server, localServer: facts.organization.localServer });
  return value ?? (parameter.multiValued ? [] : null);
}

export interface TransportServiceFacts {
  server: string;
  /** The settings changed from Exchange's defaults. */
  settings: Record<string, SettingValue>;
  organization: OrganizationInfo;
  guid: string;
  /** When the server object counts as created and changed (the simulator's clock). */
  when: Date;
}

export function transportServiceObject(facts: TransportServiceFacts): PsObject {
  const parameters = settingParameters();
  const stored = new Map(Object.entries(facts.settings).map(([name, value]) => [name.toLowerCase(), value]));
  const fixed = fixedProperties(facts);
  const object = new PsObject(TRANSPORT_SERVICE_TYPE);
  for (const property of findObjectType(TRANSPORT_SERVICE_TYPE)?.properties ?? []) {
    const key = property.name.toLowerCase();
    const parameter = parameters.get(key);
    if (stored.has(key)) object.set(property.name, shownSettingValue(parameter, stored.get(key) ?? null));
    else if (key in fixed) object.set(property.name, fixed[key]);
    else object.set(property.name, parameter ? shownSettingValue(parameter, unchangedValue(parameter, facts)) : null);
  }
  return object;
}

/** The properties that are not settings: the server's name and its directory object. */
function fixedProperties({ server, organization, guid, when }: TransportServiceFacts): Record<string, PsValue> {
  const created = new PsDateTime(when);
  return {
    name: server,
    admindisplayname: null,
    exchangeversion: '0.1 (8.0.535.0)',
    distinguishedname: serverDistinguishedName(server, organization),
    identity: server,
    guid,
    objectcategory: schemaCategory('ms-Exch-Exchange-Server', organization),
    objectclass: ['top', 'server', 'msExchExchangeServer'],
    whenchanged: created,
    whencreated: created,
    whenchangedutc: created,
    whencreatedutc: created,
    organizationid: null,
    id: server,
    originatingserver: organization.domainController,
    isvalid: true,
    objectstate: 'Unchanged',
  };
}
