// Small vocabulary for writing the catalog tables: value types, units and shared parameters, so each
// cmdlet family file reads as a table of facts rather than repeated object boilerplate.

import { formatSize } from '../values/byteQuantifiedSize';
import type { ContextualDefault, DefaultSpec, IdentityKind, ParameterSetMembership, ParameterSpec, PropertySpec, ValueType } from './types';

export const KB = 1024;
export const MB = 1024 * KB;
export const GB = 1024 * MB;
export const TB = 1024 * GB;
export const INT32_MAX = 2147483647;
/** EnhancedTimeSpan's documented ceiling, 24855.03:14:07, is exactly Int32.MaxValue seconds. */
export const TIMESPAN_MAX = INT32_MAX;
export const MINUTE = 60;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** Where Exchange 2013–2019 installs by default; Get-TransportService shows paths expanded from it. */
export const EXCHANGE_INSTALL_PATH = 'C:\\Program Files\\Microsoft\\Exchange Server\\V15\\';

/** The name of the single parameter set of a cmdlet that has only one. */
export const DEFAULT_SET = 'Default';

export const text: ValueType = { kind: 'string' };
export const bool: ValueType = { kind: 'boolean' };
export const switchValue: ValueType = { kind: 'switch' };
export const fqdn: ValueType = { kind: 'fqdn' };
export const smtpAddress: ValueType = { kind: 'smtpAddress' };
export const dateTime: ValueType = { kind: 'dateTime' };
export const anyObject: ValueType = { kind: 'object' };
export const scriptBlock: ValueType = { kind: 'scriptBlock' };
export const propertyName: ValueType = { kind: 'propertyName' };
export const variableName: ValueType = { kind: 'variableName' };
/** LocalLongFullPath: a full path on the server itself, never a share. */
export const localPath: ValueType = { kind: 'path', local: true };

/** Exchange has no GUID value kind of its own here; a pattern keeps typos visible. */
export const guid: ValueType = {
  kind: 'string',
  pattern: '^\\{?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\}?$',
  patternHint: 'must be a GUID such as 00000000-0000-0000-0000-000000000000',
};

export function int(min?: number, max?: number): ValueType {
  return { kind: 'int', min, max };
}

/** Unlimited<Int32>: a count, or the word `unlimited`. */
export function unlimitedInt(min?: number, max?: number): ValueType {
  return { kind: 'int', min, max, unlimited: true };
}

/** ByteQuantifiedSize: bounds in bytes. */
export function size(min?: number, max?: number): ValueType {
  return { kind: 'size', unlimited: false, min, max };
}

/** Unlimited<ByteQuantifiedSize>: a size, or `unlimited`. */
export function unlimitedSize(min?: number, max?: number): ValueType {
  return { kind: 'size', unlimited: true, min, max };
}

/** EnhancedTimeSpan: bounds in seconds. */
export function timespan(min: number, max: number): ValueType {
  return { kind: 'timespan', min, max };
}

export function oneOf(...values: string[]): ValueType {
  return { kind: 'enum', values };
}

/** A [Flags] enum: several of its names may be given in one text, comma-separated ("Tls, BasicAuth"). */
export function flagsOf(...values: string[]): ValueType {
  return { kind: 'enum', values, flags: true };
}

export function identity(of: IdentityKind): ValueType {
  return { kind: 'identity', of };
}

/** A size as Exchange prints it: `10 MB (10,485,760 bytes)` (values/byteQuantifiedSize.ts words it, for every size shown). */
export function shownSize(bytes: number): string {
  return formatSize({ unlimited: false, bytes });
}

/** An optional, named parameter in every set: the common case for Exchange Set-* parameters. */
export function named(name: string, type: ValueType, description: string, extra: Partial<ParameterSpec> = {}): ParameterSpec {
  return { name, type, description, ...extra };
}

/** A named parameter that stores its value in the object property of the same name. */
export function setting(name: string, type: ValueType, description: string, extra: Partial<ParameterSpec> = {}): ParameterSpec {
  return named(name, type, description, { property: name, ...extra });
}

// Defaults, each with the value in its stored form and the text Exchange's reference shows.

export function flagDefault(value: boolean): DefaultSpec {
  return { value, shown: value ? '$true' : '$false' };
}

export function numberDefault(value: number): DefaultSpec {
  return { value, shown: String(value) };
}

/** A size default in bytes, shown `64 KB (65,536 bytes)`. */
export function sizeDefault(bytes: number): DefaultSpec {
  return { value: bytes, shown: shownSize(bytes) };
}

export const UNLIMITED_DEFAULT: DefaultSpec = { value: 'Unlimited', shown: 'Unlimited' };

/** Text stored as written (paths, enum names, `dd.hh:mm:ss` time spans); `shown` when the reference quotes it. */
export function textDefault(value: string, shown = value): DefaultSpec {
  return { value, shown };
}

/** A default taken from the object being created, in the reference's words. */
export function contextDefault(from: ContextualDefault['from'], shown: string): DefaultSpec {
  return { value: { from }, shown };
}

/** Membership in the only set of a single-set cmdlet. */
export function inDefaultSet(membership: ParameterSetMembership): Record<string, ParameterSetMembership> {
  return { [DEFAULT_SET]: membership };
}

/** The `-Identity` of an Exchange Get-/Set-/Remove- cmdlet: first position, and accepts the piped object. */
export function identityParameter(of: IdentityKind, description: string, mandatory: boolean): ParameterSpec {
  return {
    name: 'Identity',
    type: identity(of),
    description,
    sets: inDefaultSet({ mandatory, position: 0, valueFromPipeline: true }),
  };
}

/** A connector's AddressSpaces: a MultiValuedProperty of `[Type:]Address[;Cost]` entries, parsed by
 * core/addressSpace; `sets` where the cmdlet makes it mandatory or limits it to some sets. */
export function addressSpacesParameter(description: string, sets?: Record<string, ParameterSetMembership>): ParameterSpec {
  return {
    name: 'AddressSpaces',
    property: 'AddressSpaces',
    type: { kind: 'addressSpace' },
    multiValued: true,
    multiValuedProperty: true,
    description,
    ...(sets ? { sets } : {}),
  };
}

// The risk-mitigation switches are the cmdlet's own parameters (not common ones), so every cmdlet that
// supports ShouldProcess lists these two.
export const confirmParameter: ParameterSpec = {
  name: 'Confirm',
  aliases: ['cf'],
  type: switchValue,
  description: 'Asks before making the change; write -Confirm:$false to skip a prompt the cmdlet would show anyway.',
};

export const whatIfParameter: ParameterSpec = {
  name: 'WhatIf',
  aliases: ['wi'],
  type: switchValue,
  description: 'Reports what the command would change without changing anything.',
};

export const domainControllerParameter: ParameterSpec = {
  name: 'DomainController',
  type: fqdn,
  description: 'The domain controller (by FQDN) used to read or write the configuration in Active Directory; not available on Edge Transport servers.',
};

/**
 * The property the remote Exchange Management Shell adds to every object it returns, ahead of the
 * object's own: the session's runspace. Implicit remoting puts it there, so Format-List lists it first.
 */
export const REMOTE_SESSION_PROPERTY: PropertySpec = {
  name: 'RunspaceId', type: 'Guid', description: 'The remote shell session the object came back from; every object the Exchange Management Shell returns carries it.',
};

/** The properties every Exchange Active Directory configuration object ends its Format-List with. */
export const AD_OBJECT_PROPERTIES: readonly PropertySpec[] = [
  { name: 'AdminDisplayName', type: 'String', description: 'An administrative display name; usually empty.' },
  { name: 'ExchangeVersion', type: 'ExchangeObjectVersion', description: 'The oldest Exchange version that can manage the object.' },
  { name: 'DistinguishedName', type: 'String', description: 'The object\'s distinguished name in Active Directory.' },
  { name: 'Identity', type: 'ADObjectId', description: 'The value that identifies the object to -Identity.' },
  { name: 'Guid', type: 'Guid', description: 'The object\'s unique GUID.' },
  { name: 'ObjectCategory', type: 'ADObjectId', description: 'The Active Directory schema category of the object.' },
  { name: 'ObjectClass', type: 'MultiValuedProperty', description: 'The Active Directory object classes of the object.' },
  { name: 'WhenChanged', type: 'DateTime', description: 'When the object was last changed, local time.' },
  { name: 'WhenCreated', type: 'DateTime', description: 'When the object was created, local time.' },
  { name: 'WhenChangedUTC', type: 'DateTime', description: 'When the object was last changed, UTC.' },
  { name: 'WhenCreatedUTC', type: 'DateTime', description: 'When the object was created, UTC.' },
  { name: 'OrganizationId', type: 'OrganizationId', description: 'The tenant organization; empty on premises.' },
  { name: 'Id', type: 'ADObjectId', description: 'The same value as Identity.' },
  { name: 'OriginatingServer', type: 'Fqdn', description: 'The domain controller the object was read from.' },
  { name: 'IsValid', type: 'Boolean', description: 'Whether the object passes Exchange\'s validation.' },
  { name: 'ObjectState', type: 'ObjectState', description: 'Whether the object is New, Unchanged, Changed or Deleted in this session.' },
];

/** A pattern fragment matching `word` in any letter case: catalog patterns carry no regex flags. */
export function anyCase(word: string): string {
  return [...word].map((character) => {
    const lower = character.toLowerCase();
    const upper = character.toUpperCase();
    if (lower !== upper) return `[${lower}${upper}]`;
    return character.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
  }).join('');
}

/** The parameters alphabetically, ignoring case, as the reference and completion list a cmdlet's settings. */
export function sortedByName(parameters: readonly ParameterSpec[]): ParameterSpec[] {
  return [...parameters].sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }));
}
