// A Foreign connector as the simulator's state holds it, shared by the analysis (hover, workspace
// checks) and the simulator. The fields below are the state file's version 1 keys: each connector
// property a parameter sets is stored under its name in camelCase; a property without a field here
// (a parameter added to the catalog later) is kept in `settings` under its catalog name, so adding a
// parameter needs no change to this type, and files stay readable by versions that ignore `settings`.

import { findCmdlet } from '../catalog/catalog';
import type { ParameterSpec } from '../catalog/types';
import type { SettingValue, StoredSize } from '../values/settingValue';
import { blankOf, storedFormOf } from './storedForm';

export interface ForeignConnectorState {
  name: string;
  /** Derived from the name at creation; kept when the connector is renamed. */
  guid: string;
  /** Canonical display form, e.g. `X400:c=US;a=Fabrikam;p=Contoso;5`. */
  addressSpaces: string[];
  sourceTransportServers: string[];
  /** As the administrator wrote it: a full path, or a name under RootDropDirectoryPath. */
  dropDirectory: string;
  dropDirectoryQuota: StoredSize;
  maxMessageSize: StoredSize;
  enabled: boolean;
  isScopedConnector: boolean;
  relayDsnRequired: boolean;
  comment: string;
  /** ISO 8601, from the simulator's clock. */
  whenCreated: string;
  whenChanged: string;
  /** The properties without a field above, by catalog property name; absent when there are none. */
  settings?: Record<string, SettingValue>;
}

/** The fields no parameter sets: the connector's identity and its clock times, all text. */
export const FIXED_CONNECTOR_FIELDS = ['guid', 'whenCreated', 'whenChanged'] as const;

type PropertyField = Exclude<keyof ForeignConnectorState, (typeof FIXED_CONNECTOR_FIELDS)[number] | 'settings'>;

// The compiler keeps this list equal to the interface's property fields.
const PROPERTY_FIELDS: Record<PropertyField, true> = {
  name: true, addressSpaces: true, sourceTransportServers: true, dropDirectory: true, dropDirectoryQuota: true,
  maxMessageSize: true, enabled: true, isScopedConnector: true, relayDsnRequired: true, comment: true,
};

let settingParameters: readonly ParameterSpec[] | undefined;

/** The parameters that set a connector property: Set-ForeignConnector's, then any only New- has; each property once. */
export function connectorSettingParameters(): readonly ParameterSpec[] {
  settingParameters ??= uniqueByProperty(['Set-ForeignConnector', 'New-ForeignConnector']
    .flatMap((name) => findCmdlet(name)?.parameters ?? []));
  return settingParameters;
}

function uniqueByProperty(parameters: readonly ParameterSpec[]): ParameterSpec[] {
  const seen = new Set<string>();
  return parameters.filter((parameter) => {
    if (parameter.property === undefined || seen.has(parameter.property)) return false;
    seen.add(parameter.property);
    return true;
  });
}

/** The typed field a property is stored in, or undefined when it lives in `settings`. */
export function connectorFieldOf(property: string): PropertyField | undefined {
  const field = property.charAt(0).toLowerCase() + property.slice(1);
  return Object.hasOwn(PROPERTY_FIELDS, field) ? (field as PropertyField) : undefined;
}

/** The stored value of a property; undefined when a `settings` property was never stored. */
export function connectorValue(connector: ForeignConnectorState, property: string): SettingValue | undefined {
  const field = connectorFieldOf(property);
  return field === undefined ? connector.settings?.[property] : connector[field];
}

/**
 * The connector with a property stored. The value must have the property's stored form (see
 * storedForm.ts); a typed field holds no $null, so $null stores its blank (`-DropDirectory $null`
 * leaves no text).
 */
export function withConnectorValue(connector: ForeignConnectorState, parameter: ParameterSpec, value: SettingValue): ForeignConnectorState {
  const property = parameter.property ?? parameter.name;
  const field = connectorFieldOf(property);
  if (field === undefined) return { ...connector, settings: { ...connector.settings, [property]: value } };
  return { ...connector, [field]: value ?? blankOf(storedFormOf(parameter)) };
}

/** A typed field of the state file, with the parameter whose catalog type gives its form (none for the fixed fields). */
export interface StoredField {
  field: keyof ForeignConnectorState;
  parameter?: ParameterSpec;
}

let storedFields: readonly StoredField[] | undefined;

/** The typed fields in the order version 1 files hold them: name, guid, the other properties, the times. */
export function storedConnectorFields(): readonly StoredField[] {
  storedFields ??= computeStoredFields();
  return storedFields;
}

function computeStoredFields(): StoredField[] {
  const byField = new Map(connectorSettingParameters().map((parameter) => [connectorFieldOf(parameter.property ?? ''), parameter]));
  const properties = (Object.keys(PROPERTY_FIELDS) as PropertyField[]).map((field): StoredField => {
    const parameter = byField.get(field);
    if (!parameter) throw new Error(`The catalog has no ForeignConnector parameter for the stored field "${field}".`);
    return { field, parameter };
  });
  const [guid, ...times] = FIXED_CONNECTOR_FIELDS.map((field): StoredField => ({ field }));
  return [properties[0], guid, ...properties.slice(1), ...times];
}

/**
 * A connector with every property set from `valueOf` (the caller's given values over defaults),
 * keys in the order version 1 files have them.
 */
export function assembleConnector(
  fixed: Pick<ForeignConnectorState, 'guid' | 'whenCreated' | 'whenChanged'>,
  valueOf: (parameter: ParameterSpec) => SettingValue,
): ForeignConnectorState {
  const record: Record<string, unknown> = {};
  for (const { field, parameter } of storedConnectorFields()) {
    record[field] = parameter ? valueOf(parameter) ?? blankOf(storedFormOf(parameter)) : fixed[field as keyof typeof fixed];
  }
  let connector = record as unknown as ForeignConnectorState;
  for (const parameter of connectorSettingParameters().filter((candidate) => connectorFieldOf(candidate.property ?? '') === undefined)) {
    connector = withConnectorValue(connector, parameter, valueOf(parameter));
  }
  return connector;
}
