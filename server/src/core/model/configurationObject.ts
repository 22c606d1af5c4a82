// A configuration object of a mail-flow family (a Send, Delivery Agent or Receive connector, an
// accepted or remote domain, a mail contact) as the simulator's state holds it: its name, GUID,
// server for per-server families, clock times, and every property a parameter set, under the
// property's catalog name. Which parameters set which property is the catalog's (the rows of
// Set-<type>, then those only New-<type> has), so adding a parameter needs no change here.

import { findCmdlet } from '../catalog/catalog';
import { findObjectFamily, type ObjectFamilySpec } from '../catalog/objectFamilies';
import type { ParameterSpec } from '../catalog/types';
import type { SettingValue } from '../values/settingValue';
import { fixedDefault } from './defaults';
import { propertyValueOf } from './storedForm';
import {
  connectorDistinguishedName, organizationObjectDistinguishedName, serverProtocolDistinguishedName, serverTransportConfigurationDistinguishedName,
  usersDistinguishedName, type DirectoryScope,
} from './directoryNames';
import { nameKey, type IdentityCandidate } from './identity';

export interface ConfigurationObjectState {
  name: string;
  guid: string;
  /** The server a per-server object (a Receive connector) belongs to; absent for organization-wide ones. */
  server?: string;
  /** ISO 8601, from the simulator's clock. */
  whenCreated: string;
  whenChanged: string;
  /** The properties the commands set, by catalog property name; the others show their defaults. */
  settings: Record<string, SettingValue>;
}

const settingParameters = new Map<string, readonly ParameterSpec[]>();

/** The parameters that set a property of the family's objects, each property once. */
export function familySettingParameters(family: ObjectFamilySpec): readonly ParameterSpec[] {
  let parameters = settingParameters.get(family.type);
  if (!parameters) {
    const seen = new Set<string>();
    parameters = [`Set-${family.type}`, `New-${family.type}`].flatMap((name) => findCmdlet(name)?.parameters ?? []).filter((parameter) => {
      if (parameter.property === undefined || seen.has(parameter.property.toLowerCase())) return false;
      seen.add(parameter.property.toLowerCase());
      return true;
    });
    settingParameters.set(family.type, parameters);
  }
  return parameters;
}

/** The parameter that sets a property, or undefined when none does. */
export function settingParameterOf(family: ObjectFamilySpec, property: string): ParameterSpec | undefined {
  const key = property.toLowerCase();
  return familySettingParameters(family).find((parameter) => parameter.property?.toLowerCase() === key);
}

/** The value a property has when no command set it: the first fixed default its rows give (New- rows carry most). */
export function settingDefault(family: ObjectFamilySpec, property: string): SettingValue | undefined {
  const key = property.toLowerCase();
  for (const name of [`New-${family.type}`, `Set-${family.type}`]) {
    const parameter = findCmdlet(name)?.parameters.find((candidate) => candidate.property?.toLowerCase() === key);
    const value = parameter && fixedDefault(parameter);
    if (parameter && value !== undefined) return propertyValueOf(parameter, value);
  }
  return undefined;
}

/** A property's value on an object of `type`: what a command stored, else its catalog default (what Get- shows). */
export function storedOrDefault(type: string, settings: Readonly<Record<string, SettingValue>>, property: string): SettingValue | undefined {
  if (Object.hasOwn(settings, property)) return settings[property];
  const family = findObjectFamily(type);
  return family ? settingDefault(family, property) : undefined;
}

/** What a new object's GUID is derived from: its type, server and name, so runs and imports repeat. */
export function objectGuidSeed(family: ObjectFamilySpec, server: string | undefined, name: string): string {
  return `${family.type}:${nameKey(server ?? '')}\\${nameKey(name)}`;
}

/** `Hub01\Default Frontend Hub01` for a per-server object, the name for the others. */
export function objectIdentity(object: ConfigurationObjectState): string {
  return object.server ? `${object.server}\\${object.name}` : object.name;
}

/** The Identity Get- shows: a built-in object's is its name (a server's Mailbox Transport service is `Hub01`). */
export function shownIdentity(family: ObjectFamilySpec, object: ConfigurationObjectState): string {
  return family.builtIn ? object.name : objectIdentity(object);
}

export function objectDistinguishedName(family: ObjectFamilySpec, object: ConfigurationObjectState, directory: DirectoryScope): string {
  const place = family.place;
  switch (place.kind) {
    case 'routingGroupConnections':
      return connectorDistinguishedName(object.name, directory);
    case 'serverProtocols':
      return serverProtocolDistinguishedName(object.name, place.container, object.server ?? '', directory);
    case 'serverTransportConfiguration':
      return serverTransportConfigurationDistinguishedName(place.container, object.server ?? object.name, directory);
    case 'organization':
      return organizationObjectDistinguishedName(object.name, place.containers, directory);
    case 'domainUsers':
      return usersDistinguishedName(object.name, directory);
  }
}

/** An object as an identity names it: name, GUID and distinguished name. */
export function objectCandidate(family: ObjectFamilySpec, object: ConfigurationObjectState, directory: DirectoryScope): IdentityCandidate<ConfigurationObjectState> {
  return { item: object, name: object.name, guid: object.guid, distinguishedName: objectDistinguishedName(family, object, directory) };
}
