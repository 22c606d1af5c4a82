// Server names as scripts write them (`Hub01`, `hub01.contoso.com`) checked against the servers
// exconn.json declares, so a typo is the error Exchange gives for a server it cannot find.

import { declaredServerName, shortServerName } from '../../../model/serverNames';
import { deterministicGuid } from '../../state/guid';
import type { CmdletCall } from '../cmdlet';
import { objectNotFound } from './exchangeErrors';
import type { OrganizationInfo } from '../simulatorSession';

/** A server's GUID, derived from its name so that it is the same in every run. */
export function serverGuid(server: string): string {
  return deterministicGuid(`Server:${server.toLowerCase()}`);
}

/**
 * The declared spelling of a server, or undefined when the organization has no such server. Without
 * exconn.json every name is taken as written (its short name for an FQDN in the domain).
 */
export function declaredServer(organization: OrganizationInfo, written: string): string | undefined {
  const declared = declaredServerName(organization.servers, written, organization.domain);
  const shortName = shortServerName(written, organization.domain);
  if (declared || organization.serversDeclared || shortName === '') return declared;
  return written.trim().slice(0, shortName.length);
}

/**
 * Source servers (a connector's SourceTransportServers) in their declared spelling, each once; or
 * undefined after Exchange's error for the first one the organization does not have.
 */
export function resolveServers(call: CmdletCall, written: readonly string[], parameter = 'SourceTransportServers'): string[] | undefined {
  const organization = call.frame.run.simulator.organization;
  const servers: string[] = [];
  for (const name of written) {
    const server = declaredServer(organization, name);
    if (!server) {
      call.error(objectNotFound(call.spec, name, organization.domainController, parameter));
      return undefined;
    }
    if (!servers.includes(server)) servers.push(server);
  }
  return servers;
}
