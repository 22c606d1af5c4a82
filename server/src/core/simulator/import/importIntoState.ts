// Puts imported objects into the simulator's state, the way the cmdlets would have stored them: a
// property is taken exactly when a catalog row names it (every other one an export carries is
// read-only and is left out), its value judged and converted by the row's value type, as a script's
// value is. An object whose name is already there (per server for Receive connectors) is replaced.

import { findCmdlet } from '../../catalog/catalog';
import { findObjectFamily, type ObjectFamilySpec } from '../../catalog/objectFamilies';
import { helpTypeName } from '../../catalog/typeNames';
import type { ParameterSpec } from '../../catalog/types';
import { acceptValue, type ScalarInput } from '../../catalog/valueTypes';
import { familySettingParameters, objectGuidSeed, type ConfigurationObjectState } from '../../model/configurationObject';
import { connectorSettingParameters } from '../../model/foreignConnector';
import { nameKey } from '../../model/identity';
import type { SimulatorState } from '../../model/simulatorState';
import type { SettingValue } from '../../values/settingValue';
import { createForeignConnector } from '../state/foreignConnectors';
import { deterministicGuid } from '../state/guid';
import { importableTypeOf, IMPORTABLE_TYPES, type ImportableType } from './exportedTypes';
import { ImportError, type ImportedObject, type ImportedValue } from './importedObject';

export interface ImportContext {
  localServer: string;
  now: Date;
}

/** Applies every object to the draft; returns one line per object. Throws ImportError on the first bad one. */
export function importIntoState(draft: SimulatorState, file: string, objects: readonly ImportedObject[], context: ImportContext): string[] {
  return objects.map((object) => {
    const type = importableTypeOf(object.typeNames);
    if (!type) {
      const types = IMPORTABLE_TYPES.join(', ');
      throw new ImportError(file, object.where, object.typeNames.length > 0
        ? `its type (${object.typeNames[0]}) is not one the simulator imports (${types}).`
        : `the file does not say the object's type; for a JSON file give it with --type (${types}).`);
    }
    const name = textProperty(object, 'Name');
    if (!name) throw new ImportError(file, object.where, 'the object has no Name; export it with its Name property.');
    if (type === 'ForeignConnector') importForeignConnector(draft, file, object, name, context);
    else if (type === 'TransportService') importTransportService(draft, file, object, name);
    else importFamilyObject(draft, file, object, name, familyOf(type), context);
    return `Imported ${type} "${name}".`;
  });
}

function familyOf(type: Exclude<ImportableType, 'ForeignConnector' | 'TransportService'>): ObjectFamilySpec {
  const family = findObjectFamily(type);
  if (!family) throw new Error(`No object family for ${type}`);
  return family;
}

function property(object: ImportedObject, name: string): ImportedValue | undefined {
  const key = name.toLowerCase();
  for (const [candidate, value] of object.properties) if (candidate.toLowerCase() === key) return value;
  return undefined;
}

function textProperty(object: ImportedObject, name: string): string | undefined {
  const value = property(object, name);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : typeof value === 'number' ? String(value) : undefined;
}

/** The stored values of the properties the rows name; absent and $null ones are left to their defaults. */
function settingsOf(file: string, object: ImportedObject, parameters: readonly ParameterSpec[]): Map<ParameterSpec, SettingValue> {
  const settings = new Map<ParameterSpec, SettingValue>();
  for (const parameter of parameters) {
    const name = parameter.property ?? parameter.name;
    if (name === 'Name') continue;
    const value = property(object, name);
    if (value === undefined || value === null) continue;
    settings.set(parameter, storedValue(file, `${object.where}, property ${name}`, parameter, value));
  }
  return settings;
}

function storedValue(file: string, where: string, parameter: ParameterSpec, value: ImportedValue): SettingValue {
  if (parameter.multiValued) return scalarsOf(value).filter((item) => item !== null).map((item) => String(scalarValue(file, where, parameter, item)));
  if (Array.isArray(value)) {
    if (value.length === 1 && !Array.isArray(value[0])) return scalarValue(file, where, parameter, value[0]);
    throw new ImportError(file, where, `a list was given, but ${parameter.name} takes one value.`);
  }
  return scalarValue(file, where, parameter, value);
}

type ImportedScalar = Exclude<ImportedValue, ImportedValue[]>;

function scalarsOf(value: ImportedValue): ImportedScalar[] {
  return Array.isArray(value) ? value.flatMap(scalarsOf) : [value];
}

function scalarValue(file: string, where: string, parameter: ParameterSpec, value: ImportedScalar): SettingValue {
  const input: ScalarInput = value === null ? { kind: 'null' } : typeof value === 'number' ? { kind: 'number', value } : typeof value === 'boolean' ? { kind: 'boolean', value } : { kind: 'text', text: value };
  const accepted = acceptValue(parameter.type, input);
  if (!accepted.ok) throw new ImportError(file, where, `${JSON.stringify(value)} is not a valid ${helpTypeName(parameter)} (${accepted.reason.problem}). Fix the value in the file, or leave the property out.`);
  const stored = accepted.value;
  return stored instanceof Date ? stored.toISOString() : stored;
}

function times(object: ImportedObject, now: Date): { whenCreated: string; whenChanged: string } {
  const when = (name: string) => {
    const text = textProperty(object, `${name}UTC`) ?? textProperty(object, name);
    return text && !Number.isNaN(Date.parse(text)) ? new Date(text).toISOString() : now.toISOString();
  };
  return { whenCreated: when('WhenCreated'), whenChanged: when('WhenChanged') };
}

function guidOf(object: ImportedObject, fallback: string): string {
  const guid = textProperty(object, 'Guid')?.replace(/[{}]/g, '').toLowerCase();
  return guid && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(guid) ? guid : fallback;
}

function importForeignConnector(draft: SimulatorState, file: string, object: ImportedObject, name: string, context: ImportContext): void {
  const given: Record<string, SettingValue> & { Name: string } = { Name: name };
  for (const [parameter, value] of settingsOf(file, object, connectorSettingParameters())) given[parameter.property ?? parameter.name] = value;
  const created = createForeignConnector(given, { localServer: context.localServer, now: context.now });
  const connector = { ...created, guid: guidOf(object, created.guid), ...times(object, context.now) };
  draft.connectors = [...draft.connectors.filter((existing) => nameKey(existing.name) !== nameKey(name)), connector];
}

/** A Transport service's settings, by parameter name as Set-TransportService stores them. */
function importTransportService(draft: SimulatorState, file: string, object: ImportedObject, server: string): void {
  const parameters = (findCmdlet('Set-TransportService')?.parameters ?? []).filter((parameter) => parameter.property !== undefined);
  const record: Record<string, SettingValue> = {};
  for (const [parameter, value] of settingsOf(file, object, parameters)) record[parameter.name] = value;
  const existing = Object.keys(draft.transportServices).find((key) => nameKey(key) === nameKey(server));
  if (existing !== undefined) delete draft.transportServices[existing];
  draft.transportServices[server] = record;
}

function importFamilyObject(draft: SimulatorState, file: string, object: ImportedObject, name: string, family: ObjectFamilySpec, context: ImportContext): void {
  const identity = textProperty(object, 'Identity') ?? '';
  // A server's own service (Get-MailboxTransportService) is named for its server.
  const server = family.builtIn?.per === 'server' ? name : family.scope === 'server'
    ? textProperty(object, 'Server') ?? (identity.includes('\\') ? identity.slice(0, identity.indexOf('\\')) : context.localServer)
    : undefined;
  const settings: Record<string, SettingValue> = {};
  for (const [parameter, value] of settingsOf(file, object, familySettingParameters(family))) settings[parameter.property ?? parameter.name] = value;
  const fallback = deterministicGuid(objectGuidSeed(family, server, name));
  const imported: ConfigurationObjectState = { name, guid: guidOf(object, fallback), ...(server ? { server } : {}), ...times(object, context.now), settings };
  const same = (candidate: ConfigurationObjectState) => nameKey(candidate.name) === nameKey(name) && nameKey(candidate.server ?? '') === nameKey(server ?? '');
  draft.objects = { ...draft.objects, [family.type]: [...(draft.objects?.[family.type] ?? []).filter((candidate) => !same(candidate)), imported] };
}
