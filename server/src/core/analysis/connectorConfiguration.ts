// A connector's configuration as the workspace's scripts leave it, worked out without running them:
// New-ForeignConnector's values over the catalog's defaults, then every Set-ForeignConnector of that
// name in script order (following a rename), until a Remove-ForeignConnector. Values computed at run
// time are shown as written. Hover shows it beside what the simulator has saved.

import { defaultText } from '../model/defaults';
import { connectorSettingParameters } from '../model/foreignConnector';
import { identityQuery, nameKey } from '../model/identity';
import type { Expression, Range } from '../syntax/ast';
import type { BoundArgument, CommandBinding } from '../binding/binding';
import type { DocumentAnalysis } from './documentAnalysis';
import { scalarsOf, staticValueOf } from './staticValue';
import type { WorkspaceView } from './workspaceView';

export interface SourcePlace {
  uri: string;
  /** 0-based line. */
  line: number;
}

export interface ConnectorSetting {
  name: string;
  value: string;
  /** Where a script sets it; absent for Exchange's default. */
  setAt?: SourcePlace;
}

export interface ResolvedConnector {
  name: string;
  createdAt?: SourcePlace & { range: Range };
  settings: ConnectorSetting[];
  removedAt?: SourcePlace;
}

/** A new connector's settings before a script changes them: every property a parameter sets, with
 * the catalog's default (none for the address spaces and the comment). The name is the heading. */
function defaults(name: string): ConnectorSetting[] {
  return connectorSettingParameters()
    .filter((parameter) => !isName(parameter.property))
    .map((parameter) => ({ name: parameter.name, value: defaultText(parameter, name) }));
}

function isName(property: string | undefined): boolean {
  return property?.toLowerCase() === 'name';
}

export function resolveConnector(view: WorkspaceView, name: string): ResolvedConnector | undefined {
  let current: ResolvedConnector | undefined;
  let currentName = name;
  for (const analysis of view.documents) {
    for (const binding of analysis.bindings) {
      const verb = connectorVerb(binding);
      if (!verb) continue;
      const place = (range: Range): SourcePlace => ({ uri: analysis.uri, line: analysis.lines.positionAt(range.start).line });
      if (verb === 'new' && nameKey(argumentText(binding, 'Name') ?? '') === nameKey(currentName)) {
        current = { name: currentName, createdAt: { ...place(binding.command.range), range: binding.command.range }, settings: defaults(currentName) };
        applySettings(analysis, binding, current, place);
      } else if (current && !current.removedAt && namesConnector(argumentText(binding, 'Identity'), currentName)) {
        if (verb === 'remove') current.removedAt = place(binding.command.range);
        if (verb !== 'set') continue;
        applySettings(analysis, binding, current, place);
        const renamed = argumentText(binding, 'Name');
        if (renamed) currentName = current.name = renamed;
      }
    }
  }
  return current;
}

/**
 * Whether a script's -Identity names the connector by its name (`Name` or `Server\Name`), as the
 * cmdlet would find it; a wildcard may name others too, so its changes are not attributed.
 */
function namesConnector(identity: string | undefined, name: string): boolean {
  if (identity === undefined) return false;
  const query = identityQuery(identity);
  return !query.wildcard && query.name === nameKey(name);
}

function connectorVerb(binding: CommandBinding): 'new' | 'set' | 'remove' | undefined {
  const match = /^(New|Set|Remove)-ForeignConnector$/i.exec(binding.cmdlet?.name ?? '');
  return match ? (match[1].toLowerCase() as 'new' | 'set' | 'remove') : undefined;
}

function applySettings(analysis: DocumentAnalysis, binding: CommandBinding, connector: ResolvedConnector, place: (range: Range) => SourcePlace): void {
  for (const bound of binding.bound) {
    if (bound.parameter.property === undefined || isName(bound.parameter.property)) continue;
    const value = valueText(analysis, bound);
    const setting: ConnectorSetting = { name: bound.parameter.name, value, setAt: place(bound.range) };
    const index = connector.settings.findIndex((existing) => existing.name === setting.name);
    if (index >= 0) connector.settings[index] = setting;
    else connector.settings.push(setting);
  }
}

function argumentText(binding: CommandBinding, parameter: string): string | undefined {
  const bound = binding.bound.find((candidate) => candidate.parameter.name === parameter);
  if (!bound?.value) return undefined;
  const known = staticValueOf(bound.value);
  return known.kind === 'string' ? known.value : undefined;
}

/** The value as the connector would hold it: known scalars joined with commas, else the source text. */
function valueText(analysis: DocumentAnalysis, bound: BoundArgument): string {
  if (!bound.value) return '$true';
  const known = staticValueOf(bound.value);
  if (known.kind === 'hashtable' || known.kind === 'dynamic') return sourceOf(analysis, bound.value);
  return scalarsOf(known)
    .map((scalar) => (scalar.kind === 'string' ? scalar.value : scalar.kind === 'boolean' ? `$${scalar.value}` : sourceOf(analysis, scalar.expression)))
    .join(', ');
}

function sourceOf(analysis: DocumentAnalysis, expression: Expression): string {
  return analysis.text.slice(expression.range.start, expression.range.end);
}
