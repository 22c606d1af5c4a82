// Foreign connectors as the simulator stores them, with Exchange's defaults. Sources: the cmdlet
// reference pages New-ForeignConnector and Set-ForeignConnector (Exchange 2013–2019): DropDirectory
// defaults to the connector's name (a folder under the Transport service's RootDropDirectoryPath),
// DropDirectoryQuota and MaxMessageSize default to unlimited, Enabled to $true, IsScopedConnector and
// RelayDsnRequired to $false, and SourceTransportServers to the server the connector was created on.

import { formatAddressSpace, parseAddressSpace, type ParsedAddressSpace } from '../addressSpace';
import { deterministicGuid } from './guid';

/** A size setting as Exchange holds it: bytes, or unlimited. */
export type StoredSize = number | 'Unlimited';

export interface ForeignConnectorState {
  name: string;
  /** Derived from the name at creation (see foreignConnectorGuid); kept when the connector is renamed. */
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
}

export interface NewForeignConnector {
  name: string;
  addressSpaces: readonly string[];
  sourceTransportServers?: readonly string[];
  isScopedConnector?: boolean;
}

/** The connector's GUID: the same name always gives the same GUID, so runs are repeatable. */
export function foreignConnectorGuid(name: string): string {
  return deterministicGuid(`ForeignConnector:${name.trim().toLowerCase()}`);
}

/**
 * A new connector with Exchange's defaults. Address spaces are stored in canonical form; call
 * canonicalAddressSpace first to report invalid ones, as this function assumes they are valid.
 */
export function createForeignConnector(input: NewForeignConnector, context: { localServer: string; now: Date }): ForeignConnectorState {
  const when = context.now.toISOString();
  return {
    name: input.name,
    guid: foreignConnectorGuid(input.name),
    addressSpaces: input.addressSpaces.map((text) => canonicalOrAsWritten(text)),
    sourceTransportServers: input.sourceTransportServers && input.sourceTransportServers.length > 0 ? [...input.sourceTransportServers] : [context.localServer],
    dropDirectory: input.name,
    dropDirectoryQuota: 'Unlimited',
    maxMessageSize: 'Unlimited',
    enabled: true,
    isScopedConnector: input.isScopedConnector ?? false,
    relayDsnRequired: false,
    comment: '',
    whenCreated: when,
    whenChanged: when,
  };
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
export function isSourceServer(connector: ForeignConnectorState, server: string): boolean {
  const wanted = server.toLowerCase();
  return connector.sourceTransportServers.some((source) => source.toLowerCase() === wanted || source.toLowerCase().split('.')[0] === wanted);
}

function canonicalOrAsWritten(text: string): string {
  const canonical = canonicalAddressSpace(text);
  return canonical.ok ? canonical.text : text;
}
