// New-, Set-, Get- and Remove-ForeignConnector over the simulator's stored connectors. Every check
// happens before anything changes, so a failed command leaves the organization as it was; -WhatIf
// runs the checks, prints what would change and changes nothing. Creating a connector or pointing it
// at a Drop directory creates that folder in the workspace. Every parameter with a catalog property
// is stored the same way (settingValues.ts); only the ones with behaviour beyond storing a value have
// code here: Name (unique), AddressSpaces (never empty), SourceTransportServers (declared servers)
// and DropDirectory (inside the workspace, created).

import { connectorValue, withConnectorValue } from '../../../model/foreignConnector';
import type { SettingValue } from '../../../values/settingValue';
import { createForeignConnector } from '../../state/foreignConnectors';
import type { CmdletCall, CmdletImplementation } from '../cmdlet';
import { connectorObject } from './connectorObject';
import { connectorDistinguishedName } from '../../../model/directoryNames';
import type { Identities } from '../../../model/identity';
import { conflictingParameters, fail, invalidOperation, objectAlreadyExists, objectAmbiguous, objectNotFound, pathRefused } from './exchangeErrors';
import { resolveServers } from './servers';
import { brokenParameterRule, givenSettings, storedParameterValue } from './settingValues';
import { effectiveTransportSettings } from '../../state/transportSettings';
import type { ConnectorState, SimulatorSession } from '../simulatorSession';

function sessionOf(call: CmdletCall): SimulatorSession {
  return call.frame.run.simulator;
}

function candidates(session: SimulatorSession): Identities<ConnectorState> {
  return session.connectorIdentities();
}

/** The one connector an -Identity names, or undefined after writing Exchange's error. */
function resolveConnector(call: CmdletCall): ConnectorState | undefined {
  const session = sessionOf(call);
  const identity = call.parameters.text('Identity') ?? '';
  const result = candidates(session).one(identity);
  if (result.kind === 'found') return result.items[0];
  call.error(result.kind === 'ambiguous' ? objectAmbiguous(call.spec, identity) : objectNotFound(call.spec, identity, session.organization.domainController));
  return undefined;
}

/** Refuses a command that breaks a cross-parameter rule (an absolute DropDirectory under a set RootDropDirectoryPath). */
function parameterRulesKept(call: CmdletCall): boolean {
  const session = sessionOf(call);
  const root = effectiveTransportSettings(session.transportSettings(session.organization.localServer)).rootDropDirectoryPath;
  const conflict = brokenParameterRule(call, {}, root);
  if (!conflict) return true;
  call.error(conflictingParameters(call.spec, conflict));
  return false;
}

function nameTaken(session: SimulatorSession, name: string, except?: ConnectorState): boolean {
  return session.connectorIdentities().named(name).some((connector) => connector !== except && connector.guid !== except?.guid);
}

/** Refuses a Drop directory that maps outside the workspace, before anything changes. */
function dropDirectoryAllowed(call: CmdletCall, connector: ConnectorState): boolean {
  const session = sessionOf(call);
  const path = session.dropDirectoryPath(connector);
  const check = session.checkPath(path);
  if (check.ok) return true;
  call.error(pathRefused(call.spec, 'DropDirectory', path, check.reason));
  return false;
}

export const newForeignConnectorCmdlet: CmdletImplementation = {
  name: 'New-ForeignConnector',
  pipeline: 'perObject',
  async run(call) {
    const session = sessionOf(call);
    const organization = session.organization;
    const name = (call.parameters.text('Name') ?? '').trim();
    if (name === '') return call.error(invalidOperation(call.spec, 'The connector needs a name; give one with -Name.'));
    if (!parameterRulesKept(call)) return;
    const given = givenValues(call);
    if (!Array.isArray(given.AddressSpaces) || given.AddressSpaces.length === 0) {
      return call.error(invalidOperation(call.spec, 'The connector needs at least one address space in -AddressSpaces.'));
    }
    const created = createForeignConnector({ ...given, Name: name }, { localServer: organization.localServer, now: session.now() });
    const servers = resolveServers(call, created.sourceTransportServers);
    if (!servers) return;
    if (nameTaken(session, name)) {
      return call.error(objectAlreadyExists(call.spec, connectorDistinguishedName(name, organization), organization.domainController));
    }
    const connector: ConnectorState = { ...created, sourceTransportServers: servers };
    if (!dropDirectoryAllowed(call, connector)) return;
    if (call.whatIf) return call.host([`What if: Creating Foreign connector "${name}".`]);
    await session.saveConnector(connector);
    await session.createFolder(session.dropDirectoryPath(connector));
    call.output(connectorObject(connector, organization));
  },
};

export const getForeignConnectorCmdlet: CmdletImplementation = {
  name: 'Get-ForeignConnector',
  pipeline: 'perObject',
  async run(call) {
    const session = sessionOf(call);
    const identity = call.parameters.text('Identity');
    let connectors: ConnectorState[];
    if (identity === undefined) {
      connectors = session.connectors();
    } else {
      const result = candidates(session).all(identity);
      if (result.kind !== 'found') return call.error(objectNotFound(call.spec, identity, session.organization.domainController));
      connectors = result.items;
    }
    const organization = session.organization;
    for (const connector of connectors) call.output(connectorObject(connector, organization));
  },
};

export const setForeignConnectorCmdlet: CmdletImplementation = {
  name: 'Set-ForeignConnector',
  pipeline: 'perObject',
  async run(call) {
    const session = sessionOf(call);
    const current = resolveConnector(call);
    if (!current || !parameterRulesKept(call)) return;
    const changed = applyChanges(call, current);
    if (!changed || !dropDirectoryAllowed(call, changed)) return;
    if (call.whatIf) return call.host([`What if: Configuring Foreign connector "${current.name}".`]);
    await session.saveConnector({ ...changed, whenChanged: session.now().toISOString() });
    if (call.parameters.has('DropDirectory')) await session.createFolder(session.dropDirectoryPath(changed));
  },
};

/** The values the command gives, by the property each sets, as a new connector stores them. */
function givenValues(call: CmdletCall): Record<string, SettingValue> {
  const given: Record<string, SettingValue> = {};
  for (const { parameter, property } of givenSettings(call.spec, call.parameters)) given[property] = storedParameterValue(call.parameters, parameter, undefined);
  return given;
}

/** A check beyond storing a value: the value to store, or undefined after writing Exchange's error. */
type SettingCheck = (call: CmdletCall, value: SettingValue, current: ConnectorState) => SettingValue | undefined;

const SETTING_CHECKS: Record<string, SettingCheck> = {
  AddressSpaces: (call, value) => (Array.isArray(value) && value.length > 0 ? value
    : fail(call, invalidOperation(call.spec, 'A Foreign connector needs at least one address space; -AddressSpaces would leave it with none.'))),
  SourceTransportServers: (call, value) => resolveServers(call, Array.isArray(value) ? value : []),
  Name: (call, value, current) => {
    const session = sessionOf(call);
    const name = (typeof value === 'string' ? value : '').trim();
    if (name === '') return fail(call, invalidOperation(call.spec, 'The connector name can\'t be empty.'));
    if (nameTaken(session, name, current)) return fail(call, objectAlreadyExists(call.spec, connectorDistinguishedName(name, session.organization), session.organization.domainController));
    return name;
  },
};

/** The connector with the command's changes, or undefined after an error (nothing is changed then). */
function applyChanges(call: CmdletCall, current: ConnectorState): ConnectorState | undefined {
  let next = current;
  for (const { parameter, property } of givenSettings(call.spec, call.parameters)) {
    const value = storedParameterValue(call.parameters, parameter, connectorValue(current, property));
    const check = SETTING_CHECKS[property];
    const checked = check ? check(call, value, current) : value;
    if (checked === undefined) return undefined;
    next = withConnectorValue(next, parameter, checked);
  }
  return next;
}

export const removeForeignConnectorCmdlet: CmdletImplementation = {
  name: 'Remove-ForeignConnector',
  pipeline: 'perObject',
  async run(call) {
    const connector = resolveConnector(call);
    if (!connector) return;
    if (call.whatIf) return call.host([`What if: Removing Foreign connector "${connector.name}".`]);
    // Exchange leaves the Drop directory and its files in place.
    await sessionOf(call).removeConnector(connector.guid);
  },
};
