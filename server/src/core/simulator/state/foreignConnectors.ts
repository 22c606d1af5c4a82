// Creating a Foreign connector and reading its address spaces. What a new connector holds comes from
// the catalog: the values New-ForeignConnector was given, and for every other property the
// New-/Set-ForeignConnector default (DropDirectory: the connector's name; SourceTransportServers: the
// server the shell runs on; sizes unlimited; Enabled $true).

import { formatAddressSpace, parseAddressSpace, type ParsedAddressSpace } from '../../addressSpace';
import { resolvedDefault } from '../../model/defaults';
import { assembleConnector, type ForeignConnectorState } from '../../model/foreignConnector';
import type { SettingValue } from '../../values/settingValue';
import { deterministicGuid } from './guid';

/** The values a new connector is given, by catalog property name (`Name`, `AddressSpaces`, ...). */
export type GivenProperties = Readonly<Record<string, SettingValue>> & { Name: string };

/** The connector's GUID: the same name always gives the same GUID, so runs are repeatable. */
export function foreignConnectorGuid(name: string): string {
  return deterministicGuid(`ForeignConnector:${name.trim().toLowerCase()}`);
}

/**
 * A new connector: the given properties over the catalog's defaults. Address spaces are stored in
 * canonical form; call canonicalAddressSpace first to report invalid ones, as this function assumes they are valid.
 */
export function createForeignConnector(given: GivenProperties, context: { localServer: string; now: Date }): ForeignConnectorState {
  const when = context.now.toISOString();
  const name = given.Name;
  const connector = assembleConnector(
    { guid: foreignConnectorGuid(name), whenCreated: when, whenChanged: when },
    (parameter) => givenValue(given, parameter.property) ?? resolvedDefault(parameter, { name, localServer: context.localServer }) ?? null,
  );
  return { ...connector, addressSpaces: connector.addressSpaces.map((text) => canonicalOrAsWritten(text)) };
}

/** A given value; an empty list counts as not given, so the default applies (no source servers: the local one). */
function givenValue(given: GivenProperties, property: string | undefined): SettingValue | undefined {
  const value = property === undefined ? undefined : given[property];
  if (!Array.isArray(value)) return value;
  return value.length === 0 ? undefined : [...value];
}

export type CanonicalAddressSpace = { ok: true; text: string; parsed: ParsedAddressSpace } | { ok: false; problems: string[] };

/** `x400:c=US;a=Fabrikam;P=Contoso;5` → `X400:c=US;a=Fabrikam;p=Contoso;5`, or the problems that make it invalid. */
export function canonicalAddressSpace(text: string): CanonicalAddressSpace {
  const result = parseAddressSpace(text);
  if (!result.valid || !result.addressSpace) {
    return { ok: false, problems: result.problems.filter((problem) => problem.severity === 'error').map((problem) => problem.message) };
  }
  return { ok: true, text: formatAddressSpace(result.addressSpace), parsed: result.addressSpace };
}

/** The connector's valid address spaces, parsed, for routing. */
export function parsedAddressSpaces(connector: ForeignConnectorState): ParsedAddressSpace[] {
  return connector.addressSpaces.flatMap((text) => {
    const canonical = canonicalAddressSpace(text);
    return canonical.ok ? [canonical.parsed] : [];
  });
}

/** Whether the connector may carry mail from `server` (one of its SourceTransportServers). */
export function isSourceServer(connector: Pick<ForeignConnectorState, 'sourceTransportServers'>, server: string): boolean {
  const wanted = server.toLowerCase();
  return connector.sourceTransportServers.some((source) => source.toLowerCase() === wanted || source.toLowerCase().split('.')[0] === wanted);
}

function canonicalOrAsWritten(text: string): string {
  const canonical = canonicalAddressSpace(text);
  return canonical.ok ? canonical.text : text;
}
