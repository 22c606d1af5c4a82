// Receive connectors across the scripts of a checked set: a New- or Set-ReceiveConnector whose
// binding and remote ranges collide with a connector an earlier command made on the same server
// gets `receive-connector-binding-conflict` (decided in model/receiveConnectorBindings.ts). Only
// values known before the run count: a connector whose name, server, bindings or ranges are
// computed is left out rather than guessed, so a script that computes them never gets a false error.

import type { CommandBinding } from '../binding/binding';
import type { Finding } from '../binding/finding';
import type { Range } from '../syntax/ast';
import { identityQuery, nameKey, serverQualifier } from '../model/identity';
import { impliedSettings } from '../model/impliedSettings';
import { bindingConflict, bindingConflictMessage, type ReceiveEndpoint } from '../model/receiveConnectorBindings';
import { ALL_REMOTE_ADDRESSES, parseIpBinding, parseIpRange, type IpBinding, type IpRange } from '../values/ipAddress';
import type { DocumentAnalysis } from './documentAnalysis';
import { scalarsOf, staticValueOf } from './staticValue';

export const RECEIVE_CONNECTOR_BINDING_CONFLICT = 'receive-connector-binding-conflict';

interface KnownConnector {
  endpoint: ReceiveEndpoint;
  uri: string;
}

type Add = (uri: string, finding: Finding) => void;

const RECEIVE_CONNECTOR_CMDLET = /^(New|Set|Remove)-ReceiveConnector$/i;

/** Whether checkReceiveConnectorBindings reads this binding. */
export function readsReceiveConnectorBinding(binding: CommandBinding): boolean {
  return RECEIVE_CONNECTOR_CMDLET.test(binding.cmdlet?.name ?? '');
}

/** Walks the documents in order, as if their scripts ran one after another on one organization. */
export function checkReceiveConnectorBindings(documents: readonly DocumentAnalysis[], add: Add): void {
  let known: KnownConnector[] = [];
  for (const document of documents) {
    for (const binding of document.bindings) {
      if (!binding.cmdlet || binding.splatted) continue;
      const verb = RECEIVE_CONNECTOR_CMDLET.exec(binding.cmdlet.name)?.[1]?.toLowerCase();
      if (verb === 'new') known = created(binding, document.uri, known, add);
      else if (verb === 'set') known = changed(binding, document.uri, known, add);
      else if (verb === 'remove') known = known.filter((connector) => !named(binding, connector));
    }
  }
}

function created(binding: CommandBinding, uri: string, known: KnownConnector[], add: Add): KnownConnector[] {
  const name = textOf(binding, 'Name');
  const server = binding.bound.some((bound) => bound.parameter.name === 'Server') ? textOf(binding, 'Server') : '';
  // A Client or Internal connector listens where its usage type says unless -Bindings is given.
  const implied = binding.cmdlet ? impliedSettings(binding.cmdlet, (parameter) => choiceOf(binding, parameter)) : {};
  const bindings = bound(binding, 'Bindings') ? bindingsOf(binding) : allParsed(textList(implied.Bindings), parseIpBinding);
  const ranges = bound(binding, 'RemoteIPRanges') || !implied.RemoteIPRanges ? rangesOf(binding) : allParsed(textList(implied.RemoteIPRanges), parseIpRange);
  if (name === undefined || server === undefined || !bindings || !ranges) return known;
  const endpoint: ReceiveEndpoint = { name, server, bindings, remoteIPRanges: ranges, transportRole: textOf(binding, 'TransportRole') };
  return placed(endpoint, uri, binding, known, add) ? [...known, { endpoint, uri }] : known;
}

/** A Set- with new values replaces them; one whose new values are not known makes the connector unknown. */
function changed(binding: CommandBinding, uri: string, known: KnownConnector[], add: Add): KnownConnector[] {
  const target = known.find((connector) => named(binding, connector));
  if (!target) return known;
  const others = known.filter((connector) => connector !== target);
  const touches = (parameter: string) => binding.bound.some((bound) => bound.parameter.name === parameter);
  const bindings = touches('Bindings') ? bindingsOf(binding) : target.endpoint.bindings;
  const ranges = touches('RemoteIPRanges') ? rangesOf(binding) : target.endpoint.remoteIPRanges;
  const name = touches('Name') ? textOf(binding, 'Name') : target.endpoint.name;
  if (!bindings || !ranges || name === undefined) return others;
  if (!touches('Bindings') && !touches('RemoteIPRanges')) return [...others, { ...target, endpoint: { ...target.endpoint, name } }];
  const next = { ...target, endpoint: { ...target.endpoint, name, bindings, remoteIPRanges: ranges } };
  // Exchange refuses the change and the connector keeps its old values.
  return placed(next.endpoint, uri, binding, others, add) ? [...others, next] : known;
}

/** Reports the first connector the new one collides with; true when there is none. */
function placed(candidate: ReceiveEndpoint, uri: string, binding: CommandBinding, known: readonly KnownConnector[], add: Add): boolean {
  for (const other of known) {
    const conflict = bindingConflict(candidate, other.endpoint);
    if (!conflict) continue;
    const where = other.uri === uri ? 'earlier in this script' : `in ${other.uri}`;
    const otherName = other.endpoint.server ? `${other.endpoint.server}\\${other.endpoint.name}` : other.endpoint.name;
    add(uri, {
      code: RECEIVE_CONNECTOR_BINDING_CONFLICT,
      range: findingRange(binding, conflict.kind === 'ranges' ? ['RemoteIPRanges', 'Bindings'] : ['Bindings']),
      message: `${bindingConflictMessage(conflict, otherName)} (The other connector is created ${where}.)`,
      data: { other: otherName },
    });
    return false;
  }
  return true;
}

/** Whether the command's -Identity names the connector: its name, and its server when one is written. */
function named(binding: CommandBinding, connector: KnownConnector): boolean {
  const identity = textOf(binding, 'Identity');
  if (identity === undefined) return false;
  const query = identityQuery(identity);
  if (query.wildcard || query.name !== nameKey(connector.endpoint.name)) return false;
  const server = serverQualifier(identity).slice(0, -1);
  return server === '' || connector.endpoint.server === '' || nameKey(server) === nameKey(connector.endpoint.server);
}

function findingRange(binding: CommandBinding, preferred: readonly string[]): Range {
  for (const parameter of preferred) {
    const bound = binding.bound.find((argument) => argument.parameter.name === parameter);
    if (bound) return bound.range;
  }
  return binding.command.name.range;
}

function bound(binding: CommandBinding, parameter: string): boolean {
  return binding.bound.some((argument) => argument.parameter.name === parameter);
}

/** A usage-type switch given (true) or a -Usage value known before the run. */
function choiceOf(binding: CommandBinding, parameter: string): string | boolean | undefined {
  const argument = binding.bound.find((candidate) => candidate.parameter.name === parameter);
  if (!argument) return undefined;
  return argument.parameter.type.kind === 'switch' ? true : textOf(binding, parameter);
}

function textList(value: unknown): string[] | undefined {
  return Array.isArray(value) && value.every((item): item is string => typeof item === 'string') ? value : undefined;
}

/** A parameter's value when it is one known text; undefined when absent or computed. */
function textOf(binding: CommandBinding, parameter: string): string | undefined {
  const texts = textsOf(binding, parameter);
  return texts?.length === 1 ? texts[0] : undefined;
}

function textsOf(binding: CommandBinding, parameter: string): string[] | undefined {
  const bound = binding.bound.find((argument) => argument.parameter.name === parameter);
  if (!bound?.value) return undefined;
  const scalars = scalarsOf(staticValueOf(bound.value));
  const texts: string[] = [];
  for (const scalar of scalars) {
    if (scalar.kind !== 'string') return undefined;
    texts.push(scalar.value);
  }
  return texts;
}

function bindingsOf(binding: CommandBinding): IpBinding[] | undefined {
  return allParsed(textsOf(binding, 'Bindings'), parseIpBinding);
}

/** Without -RemoteIPRanges a connector accepts every IPv4 and IPv6 address. */
function rangesOf(binding: CommandBinding): readonly IpRange[] | undefined {
  if (!binding.bound.some((bound) => bound.parameter.name === 'RemoteIPRanges')) return ALL_REMOTE_ADDRESSES;
  return allParsed(textsOf(binding, 'RemoteIPRanges'), parseIpRange);
}

function allParsed<T>(texts: string[] | undefined, parse: (text: string) => T | undefined): T[] | undefined {
  if (!texts || texts.length === 0) return undefined;
  const parsed = texts.map(parse);
  return parsed.every((item): item is T => item !== undefined) ? parsed : undefined;
}
