// The lookup API over the catalog tables: find a cmdlet or object type, list a cmdlet's parameters
// (its own plus the common ones), resolve a written parameter name the way PowerShell does, and answer
// parameter-set questions. Every lookup ignores case, as PowerShell does.

import { REMOTE_SESSION_PROPERTY } from './builders';
import { COMMON_PARAMETERS } from './commonParameters';
import { MESSAGE_OBJECT, QUEUE_OBJECT } from './queueViewerObjects';
import { CONFIGURATION_OBJECTS } from './configurationObjects';
import { DELIVERY_AGENT_CONNECTOR_CMDLETS } from './deliveryAgentConnector';
import { DOMAIN_CMDLETS } from './domains';
import { EXCHANGE_SERVER_CMDLETS } from './exchangeServer';
import { FOREIGN_CONNECTOR_CMDLETS, FOREIGN_CONNECTOR_OBJECT } from './foreignConnector';
import { MAIL_CONTACT_CMDLETS } from './mailContact';
import { MAILFLOW_TEST_CMDLETS } from './mailflowTest';
import { MESSAGE_TRACKING_CMDLETS, MESSAGE_TRACKING_EVENT_OBJECT } from './messageTracking';
import { MESSAGE_TRACKING_REPORT_CMDLETS } from './messageTrackingReport';
import { POWERSHELL_OBJECT_CMDLETS } from './powershellObjects';
import { POWERSHELL_OUTPUT_CMDLETS } from './powershellOutput';
import { RECEIVE_CONNECTOR_CMDLETS } from './receiveConnector';
import { TRANSPORT_AGENT_CMDLETS } from './transportAgent';
import { SEND_CONNECTOR_CMDLETS } from './sendConnector';
import { TRANSPORT_RULE_CMDLETS } from './transportRule';
import { TRANSPORT_CONFIG_CMDLETS } from './transportConfig';
import { QUEUE_CMDLETS } from './queues';
import { TRANSPORT_SERVICE_CMDLETS, TRANSPORT_SERVICE_OBJECT } from './transportService';
import { TRANSPORT_SERVICES_CMDLETS } from './transportServices';
import type { CmdletSpec, ObjectTypeSpec, ParameterSetMembership, ParameterSpec } from './types';
import { PARAMETER_NAMES, rankCandidates } from '../values/didYouMean';

/** The PowerShell common parameters (Verbose, ErrorAction, ...), shared by cmdlets that accept them. */
export const commonParameters: readonly ParameterSpec[] = COMMON_PARAMETERS;

const CMDLETS: readonly CmdletSpec[] = [
  ...FOREIGN_CONNECTOR_CMDLETS,
  ...RECEIVE_CONNECTOR_CMDLETS,
  ...DELIVERY_AGENT_CONNECTOR_CMDLETS,
  ...SEND_CONNECTOR_CMDLETS,
  ...TRANSPORT_SERVICE_CMDLETS,
  ...TRANSPORT_RULE_CMDLETS,
  ...MESSAGE_TRACKING_CMDLETS,
  ...QUEUE_CMDLETS,
  ...MESSAGE_TRACKING_REPORT_CMDLETS,
  ...EXCHANGE_SERVER_CMDLETS,
  ...MAIL_CONTACT_CMDLETS,
  ...TRANSPORT_SERVICES_CMDLETS,
  ...TRANSPORT_AGENT_CMDLETS,
  ...MAILFLOW_TEST_CMDLETS,
  ...DOMAIN_CMDLETS,
  ...TRANSPORT_CONFIG_CMDLETS,
  ...POWERSHELL_OUTPUT_CMDLETS,
  ...POWERSHELL_OBJECT_CMDLETS,
];

// Every object type here comes back through the remote shell, so each starts with its RunspaceId.
const OBJECT_TYPES: readonly ObjectTypeSpec[] = [
  FOREIGN_CONNECTOR_OBJECT,
  TRANSPORT_SERVICE_OBJECT,
  MESSAGE_TRACKING_EVENT_OBJECT,
  ...CONFIGURATION_OBJECTS,
  QUEUE_OBJECT,
  MESSAGE_OBJECT,
].map((type) => ({ ...type, properties: [REMOTE_SESSION_PROPERTY, ...type.properties] }));

/** Names and command aliases (`fl`, `?`) to cmdlets, lower-cased. */
const cmdletsByName = new Map<string, CmdletSpec>(
  CMDLETS.flatMap((cmdlet) => [cmdlet.name, ...(cmdlet.aliases ?? [])].map((name) => [name.toLowerCase(), cmdlet] as const)),
);

const objectTypesByName = new Map<string, ObjectTypeSpec>(OBJECT_TYPES.map((type) => [type.name.toLowerCase(), type]));

export function allCmdlets(): readonly CmdletSpec[] {
  return CMDLETS;
}

/** A cmdlet by its name or one of its command aliases, ignoring case. */
export function findCmdlet(name: string): CmdletSpec | undefined {
  return cmdletsByName.get(name.toLowerCase());
}

export function allObjectTypes(): readonly ObjectTypeSpec[] {
  return OBJECT_TYPES;
}

export function findObjectType(name: string): ObjectTypeSpec | undefined {
  return objectTypesByName.get(name.toLowerCase());
}

// ---- parameters ---------------------------------------------------------------------------------

const parameterCache = new WeakMap<CmdletSpec, readonly ParameterSpec[]>();

function cachedParameters(cmdlet: CmdletSpec): readonly ParameterSpec[] {
  let parameters = parameterCache.get(cmdlet);
  if (!parameters) {
    parameters = cmdlet.commonParameters ? [...cmdlet.parameters, ...COMMON_PARAMETERS] : [...cmdlet.parameters];
    parameterCache.set(cmdlet, parameters);
  }
  return parameters;
}

/** The cmdlet's own parameters followed by the common ones when it accepts them. A fresh array. */
export function parametersOf(cmdlet: CmdletSpec): ParameterSpec[] {
  return [...cachedParameters(cmdlet)];
}

/** The parameter whose name or alias is exactly `name` (ignoring case, without the dash). */
export function findParameter(cmdlet: CmdletSpec, name: string): ParameterSpec | undefined {
  return exactIndex(cmdlet).get(stripDash(name).toLowerCase())?.parameter;
}

// ---- resolving a written parameter name ---------------------------------------------------------

export type ParameterResolution =
  | { kind: 'exact' | 'alias' | 'prefix'; parameter: ParameterSpec }
  | { kind: 'ambiguous'; candidates: ParameterSpec[] }
  | { kind: 'unknown'; suggestions: ParameterSpec[] };

interface ExactEntry {
  parameter: ParameterSpec;
  viaAlias: boolean;
}

const exactIndexCache = new WeakMap<CmdletSpec, Map<string, ExactEntry>>();

/** Lower-cased names and aliases to their parameter. Names are added first so that they win. */
function exactIndex(cmdlet: CmdletSpec): Map<string, ExactEntry> {
  let index = exactIndexCache.get(cmdlet);
  if (!index) {
    index = new Map();
    const parameters = cachedParameters(cmdlet);
    for (const parameter of parameters) index.set(parameter.name.toLowerCase(), { parameter, viaAlias: false });
    for (const parameter of parameters) {
      for (const alias of parameter.aliases ?? []) {
        if (!index.has(alias.toLowerCase())) index.set(alias.toLowerCase(), { parameter, viaAlias: true });
      }
    }
    exactIndexCache.set(cmdlet, index);
  }
  return index;
}

function stripDash(written: string): string {
  return written.startsWith('-') ? written.slice(1) : written;
}

function spellings(parameter: ParameterSpec): string[] {
  return [parameter.name, ...(parameter.aliases ?? [])].map((spelling) => spelling.toLowerCase());
}

/**
 * Binds a written parameter name (with or without its dash) as PowerShell does: ignoring case, an
 * exact name or alias always wins (`-DropDirectory` is not ambiguous with `-DropDirectoryQuota`);
 * otherwise a prefix of exactly one parameter's name or aliases binds it; a prefix of several is
 * ambiguous (`-Dr`); anything else is unknown, with the closest spellings as suggestions.
 */
export function resolveParameter(cmdlet: CmdletSpec, written: string): ParameterResolution {
  const typed = stripDash(written).toLowerCase();
  const exact = exactIndex(cmdlet).get(typed);
  if (exact) return { kind: exact.viaAlias ? 'alias' : 'exact', parameter: exact.parameter };
  const candidates = cachedParameters(cmdlet).filter((parameter) => spellings(parameter).some((spelling) => spelling.startsWith(typed)));
  if (candidates.length === 1) return { kind: 'prefix', parameter: candidates[0] };
  if (candidates.length > 1) return { kind: 'ambiguous', candidates };
  return { kind: 'unknown', suggestions: suggestParameters(cmdlet, typed) };
}

/** The parameters closest to an unknown name, best first; empty when nothing is close. */
export function suggestParameters(cmdlet: CmdletSpec, written: string, limit = PARAMETER_NAMES.limit): ParameterSpec[] {
  return rankCandidates(stripDash(written), cachedParameters(cmdlet), { ...PARAMETER_NAMES, limit }, spellings);
}

// ---- parameter sets -----------------------------------------------------------------------------

/** The cmdlet's parameter set names; the first is the default set. */
export function setsOf(cmdlet: CmdletSpec): readonly string[] {
  return cmdlet.parameterSets;
}

export function defaultSetOf(cmdlet: CmdletSpec): string {
  return cmdlet.parameterSets[0];
}

/**
 * How `parameter` takes part in `set`, or undefined when it is not in that set. A parameter without
 * `sets` belongs to every set of its cmdlet, optional and named, so the answer is `{}` for any set
 * name: check the name against `setsOf(cmdlet)` first, or use `membershipInSet`.
 */
export function membershipIn(parameter: ParameterSpec, set: string): ParameterSetMembership | undefined {
  if (!parameter.sets) return {};
  return parameter.sets[set];
}

/** Like membershipIn, but undefined also when `set` is not one of the cmdlet's sets. */
export function membershipInSet(cmdlet: CmdletSpec, parameter: ParameterSpec, set: string): ParameterSetMembership | undefined {
  return cmdlet.parameterSets.includes(set) ? membershipIn(parameter, set) : undefined;
}

/** The sets of the cmdlet that the parameter belongs to, in the cmdlet's order. */
export function setsOfParameter(cmdlet: CmdletSpec, parameter: ParameterSpec): string[] {
  return cmdlet.parameterSets.filter((set) => membershipIn(parameter, set) !== undefined);
}

/**
 * What a set holds, worked out once per cmdlet and set: binding asks these questions for every
 * command of every script, and the catalog never changes while the program runs.
 */
interface SetFacts {
  parameters: readonly ParameterSpec[];
  mandatory: readonly ParameterSpec[];
  positional: readonly ParameterSpec[];
  pipeline: ParameterSpec | undefined;
  remaining: ParameterSpec | undefined;
}

const setFactsCache = new WeakMap<CmdletSpec, Map<string, SetFacts>>();

function setFacts(cmdlet: CmdletSpec, set: string): SetFacts {
  let perSet = setFactsCache.get(cmdlet);
  if (!perSet) {
    perSet = new Map();
    setFactsCache.set(cmdlet, perSet);
  }
  let facts = perSet.get(set);
  if (!facts) {
    facts = computeSetFacts(cmdlet, set);
    perSet.set(set, facts);
  }
  return facts;
}

function computeSetFacts(cmdlet: CmdletSpec, set: string): SetFacts {
  const parameters = cachedParameters(cmdlet).filter((parameter) => membershipInSet(cmdlet, parameter, set) !== undefined);
  const positionOf = (parameter: ParameterSpec): number | undefined => membershipIn(parameter, set)?.position;
  return {
    parameters,
    mandatory: parameters.filter((parameter) => membershipIn(parameter, set)?.mandatory === true),
    positional: parameters.filter((parameter) => positionOf(parameter) !== undefined).sort((a, b) => (positionOf(a) ?? 0) - (positionOf(b) ?? 0)),
    pipeline: parameters.find((parameter) => membershipIn(parameter, set)?.valueFromPipeline === true),
    remaining: parameters.find((parameter) => membershipIn(parameter, set)?.valueFromRemainingArguments === true),
  };
}

/** Every parameter usable in the set, common parameters included. */
export function parametersInSet(cmdlet: CmdletSpec, set: string): readonly ParameterSpec[] {
  return setFacts(cmdlet, set).parameters;
}

export function mandatoryParametersIn(cmdlet: CmdletSpec, set: string): readonly ParameterSpec[] {
  return setFacts(cmdlet, set).mandatory;
}

/** The positional parameters of the set, by position. */
export function positionalParametersIn(cmdlet: CmdletSpec, set: string): readonly ParameterSpec[] {
  return setFacts(cmdlet, set).positional;
}

/** The parameter that takes piped objects in the set, if any. */
export function pipelineParameterIn(cmdlet: CmdletSpec, set: string): ParameterSpec | undefined {
  return setFacts(cmdlet, set).pipeline;
}

/** The parameter that collects leftover positional arguments in the set, if any. */
export function remainingArgumentsParameterIn(cmdlet: CmdletSpec, set: string): ParameterSpec | undefined {
  return setFacts(cmdlet, set).remaining;
}
