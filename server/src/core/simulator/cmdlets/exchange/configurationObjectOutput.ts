// The object Get- and New- of a mail-flow family write: every property the catalog lists for the
// type (catalog/configurationObjects.ts), in its order. A property a parameter sets shows the stored
// value, or the parameter's catalog default when nothing set it, in the form the parameter's type
// gives it; the directory properties come from the family's place in Active Directory.

import { findObjectType } from '../../../catalog/catalog';
import type { ObjectFamilySpec } from '../../../catalog/objectFamilies';
import { objectDistinguishedName, settingDefault, shownIdentity, settingParameterOf, type ConfigurationObjectState } from '../../../model/configurationObject';
import { schemaCategory } from '../../../model/directoryNames';
import { PsDateTime, PsObject, type PsValue } from '../../interpreter/psValue';
import type { OrganizationInfo } from '../simulatorSession';
import { shownSettingValue } from './settingValues';

type DirectoryValue = (family: ObjectFamilySpec, object: ConfigurationObjectState, organization: OrganizationInfo) => PsValue;

const date = (iso: string) => new PsDateTime(new Date(iso));

/** The properties no parameter sets, lower-cased. */
const DIRECTORY_VALUES: Record<string, DirectoryValue> = {
  name: (_f, o) => o.name,
  identity: (f, o) => shownIdentity(f, o),
  id: (f, o) => shownIdentity(f, o),
  guid: (_f, o) => o.guid,
  distinguishedname: (f, o, org) => objectDistinguishedName(f, o, org),
  objectcategory: (f, _o, org) => schemaCategory(f.schemaClass, org),
  objectclass: (f) => [...f.objectClass],
  whenchanged: (_f, o) => date(o.whenChanged),
  whencreated: (_f, o) => date(o.whenCreated),
  whenchangedutc: (_f, o) => date(o.whenChanged),
  whencreatedutc: (_f, o) => date(o.whenCreated),
  originatingserver: (_f, _o, org) => org.domainController,
  exchangeversion: () => '0.1 (8.0.535.0)',
  isvalid: () => true,
  objectstate: () => 'Unchanged',
  admindisplayname: () => null,
  organizationid: () => null,
  recipienttype: (f) => f.recipientType ?? null,
};

function propertyValue(family: ObjectFamilySpec, object: ConfigurationObjectState, organization: OrganizationInfo, property: string): PsValue {
  const parameter = settingParameterOf(family, property);
  const stored = Object.hasOwn(object.settings, property) ? object.settings[property] : undefined;
  if (stored !== undefined) return shownSettingValue(parameter, stored);
  const directory = DIRECTORY_VALUES[property.toLowerCase()];
  if (directory) return directory(family, object, organization);
  const fallback = settingDefault(family, property);
  return fallback === undefined ? (parameter?.multiValued ? [] : null) : shownSettingValue(parameter, fallback);
}

export function configurationObjectOutput(family: ObjectFamilySpec, object: ConfigurationObjectState, organization: OrganizationInfo): PsObject {
  const result = new PsObject(family.type);
  for (const property of findObjectType(family.type)?.properties ?? []) {
    result.set(property.name, propertyValue(family, object, organization, property.name));
  }
  return result;
}
