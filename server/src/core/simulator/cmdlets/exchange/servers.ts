// Server names as scripts write them (`Hub01`, `hub01.contoso.com`) checked against the servers
// exconn.json declares, so a typo is the error Exchange gives for a server it cannot find.

import { declaredServerName, shortServerName } from '../../../model/serverNames';
import { deterministicGuid } from '../../state/guid';
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
