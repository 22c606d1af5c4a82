// Server names as scripts write them (`Hub01`, `hub01.contoso.com`) checked against the servers
// exconn.json declares, so a typo is the error Exchange gives for a server it cannot find.

import { declaredServerName, newServerWarning, shortServerName } from '../../../model/serverNames';
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
  const known = [...organization.servers];
  for (const name of written) {
    const server = acceptedServer(call, name, known);
    if (!server) {
      call.error(objectNotFound(call.spec, name, organization.domainController, parameter));
      return undefined;
    }
    if (!servers.includes(server)) servers.push(server);
  }
  return servers;
}

/**
 * declaredServer, warning (as the checker's new-server warning, in its words) when there is no
 * exconn.json and the name is none of the servers known so far; `known` then gains it, so one
 * command warns once per name.
 */
export function acceptedServer(call: CmdletCall, written: string, known: string[] = [...call.frame.run.simulator.organization.servers]): string | undefined {
  const organization = call.frame.run.simulator.organization;
  const server = declaredServer(organization, written);
  if (!server || organization.serversDeclared || declaredServerName(known, written, organization.domain) !== undefined) return server;
  call.host([`WARNING: ${newServerWarning(written.trim(), known)}`]);
  known.push(server);
  return server;
}
