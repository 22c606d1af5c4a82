// Get-TransportService and Set-TransportService (and their Exchange 2010 names Get-/Set-TransportServer)
// over the settings the simulator keeps per server. Set- checks every path against the workspace
// before anything is stored, and creates the Pickup and Replay folders it is pointed at.

import { workspacePathKind } from '../../../model/workspacePathParameters';
import type { CmdletCall, CmdletImplementation } from '../cmdlet';
import { serverDistinguishedName } from '../../../model/directoryNames';
import { Identities, type IdentityCandidate, type IdentityResult } from '../../../model/identity';
import { hasWildcard } from '../../../values/wildcard';
import { conflictingParameters, objectAmbiguous, objectNotFound, pathRefused } from './exchangeErrors';
import { acceptedServer, declaredServer, serverGuid } from './servers';
import { brokenParameterRule, givenSettings, storedParameterValue } from './settingValues';
import type { SettingValue, SimulatorSession } from '../simulatorSession';
import { SERVER_INSTALLED, transportServiceObject } from './transportServiceObject';

/** The directories the Transport service creates when it is pointed at them. */
const CREATED_FOLDERS = new Set(['pickupdirectorypath', 'replaydirectorypath']);

function sessionOf(call: CmdletCall): SimulatorSession {
  return call.frame.run.simulator;
}

function serverCandidates(session: SimulatorSession): IdentityCandidate<string>[] {
  return session.organization.servers.map((server) => ({
    item: server,
    name: server,
    guid: serverGuid(server),
    distinguishedName: serverDistinguishedName(server, session.organization),
  }));
}

/**
 * The servers an -Identity names: a server name (or its FQDN) directly, else by GUID, distinguished
 * name or wildcard. `single` asks for exactly one, as Set- needs.
 */
function serversNamed(session: SimulatorSession, identity: string, single: boolean): IdentityResult<string> {
  const direct = hasWildcard(identity) ? undefined : declaredServer(session.organization, identity);
  if (direct) return { kind: 'found', items: [direct] };
  const candidates = new Identities(serverCandidates(session));
  return single ? candidates.one(identity) : candidates.all(identity);
}

function getTransportService(name: string): CmdletImplementation {
  return {
    name,
    pipeline: 'perObject',
    async run(call) {
      const session = sessionOf(call);
      const identity = call.parameters.text('Identity');
      let servers = session.organization.servers;
      if (identity !== undefined) {
        const result = serversNamed(session, identity, false);
        if (result.kind !== 'found') return call.error(objectNotFound(call.spec, identity, session.organization.domainController));
        servers = result.items;
      }
      for (const server of servers) {
        call.output(transportServiceObject({
          server,
          settings: session.transportSettings(server),
          organization: session.organization,
          guid: serverGuid(server),
          when: SERVER_INSTALLED,
        }));
      }
    },
  };
}

function setTransportService(name: string): CmdletImplementation {
  return {
    name,
    pipeline: 'perObject',
    async run(call) {
      const session = sessionOf(call);
      const identity = call.parameters.text('Identity') ?? '';
      const result = serversNamed(session, identity, true);
      if (result.kind !== 'found') {
        return call.error(result.kind === 'ambiguous' ? objectAmbiguous(call.spec, identity) : objectNotFound(call.spec, identity, session.organization.domainController));
      }
      const server = result.items[0];
      // Without exconn.json a server named here for the first time is taken, with the checker's new-server warning.
      if (!hasWildcard(identity)) acceptedServer(call, identity);
      const current = session.transportSettings(server);
      const changes = settingChanges(call, current);
      if (!changes) return;
      const conflict = brokenParameterRule(call, current);
      if (conflict) return call.error(conflictingParameters(call.spec, conflict));
      if (call.whatIf) return call.host([`What if: Configuring Transport service "${server}".`]);
      await session.saveTransportSettings(server, { ...current, ...changes });
      for (const [setting, value] of Object.entries(changes)) {
        if (CREATED_FOLDERS.has(setting.toLowerCase()) && typeof value === 'string' && value !== '') await session.createFolder(value);
      }
    },
  };
}

/** The settings the command gives, as stored; undefined after an error for a path outside the workspace. */
function settingChanges(call: CmdletCall, current: Record<string, SettingValue>): Record<string, SettingValue> | undefined {
  const session = sessionOf(call);
  const changes: Record<string, SettingValue> = {};
  for (const { parameter, property } of givenSettings(call.spec, call.parameters)) {
    const value = storedParameterValue(call.parameters, parameter, current[property]);
    if (workspacePathKind(call.spec.name, parameter) && typeof value === 'string' && value !== '') {
      const check = session.checkPath(value);
      if (!check.ok) {
        call.error(pathRefused(call.spec, parameter.name, value, check.reason));
        return undefined;
      }
    }
    changes[property] = value;
  }
  return changes;
}

export const getTransportServiceCmdlet = getTransportService('Get-TransportService');
export const getTransportServerCmdlet = getTransportService('Get-TransportServer');
export const setTransportServiceCmdlet = setTransportService('Set-TransportService');
export const setTransportServerCmdlet = setTransportService('Set-TransportServer');
