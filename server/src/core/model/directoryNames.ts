// The Active Directory names Exchange shows on its configuration objects (DistinguishedName,
// ObjectCategory, the legacy routing group), built from the organization in exconn.json. Exchange
// 2007 and later keep every server and connector in one administrative group and one routing group
// with these fixed names. The simulator's cmdlets show them; the editor matches identities against
// them, so both build them here.

/** The part of the organization its directory names are built from. */
export interface DirectoryScope {
  organizationName: string;
  /** The Active Directory domain, e.g. `contoso.com`. */
  domain: string;
}

export const ADMINISTRATIVE_GROUP = 'Exchange Administrative Group (FYDIBOHF23SPDLT)';
export const ROUTING_GROUP = 'Exchange Routing Group (DWBGZMFD01QNBJR)';

/** `DC=contoso,DC=com` for `contoso.com`. */
export function domainComponents(domain: string): string {
  return domain.split('.').filter(Boolean).map((label) => `DC=${label}`).join(',');
}

function configurationContainer(organization: DirectoryScope): string {
  return `CN=${organization.organizationName},CN=Microsoft Exchange,CN=Services,CN=Configuration,${domainComponents(organization.domain)}`;
}

export function connectorDistinguishedName(name: string, organization: DirectoryScope): string {
  return `CN=${name},CN=Connections,CN=${ROUTING_GROUP},CN=Routing Groups,CN=${ADMINISTRATIVE_GROUP},CN=Administrative Groups,${configurationContainer(organization)}`;
}

export function serverDistinguishedName(server: string, organization: DirectoryScope): string {
  return `CN=${server},CN=Servers,CN=${ADMINISTRATIVE_GROUP},CN=Administrative Groups,${configurationContainer(organization)}`;
}

export function schemaCategory(className: string, organization: DirectoryScope): string {
  return `${organization.domain}/Configuration/Schema/${className}`;
}

/** A Receive connector's place: under its server's protocol settings. */
export function serverProtocolDistinguishedName(name: string, container: string, server: string, organization: DirectoryScope): string {
  return `CN=${name},CN=${container},CN=SMTP,CN=Protocols,${serverDistinguishedName(server, organization)}`;
}

/** A server's transport settings of one service (`Mailbox`, `FrontEnd`): under the server's Transport Configuration. */
export function serverTransportConfigurationDistinguishedName(container: string, server: string, organization: DirectoryScope): string {
  return `CN=${container},CN=Transport Configuration,${serverDistinguishedName(server, organization)}`;
}

/** An organization-wide setting object, e.g. `CN=contoso.com,CN=Accepted Domains,CN=Transport Settings,...`. */
export function organizationObjectDistinguishedName(name: string, containers: readonly string[], organization: DirectoryScope): string {
  return [`CN=${name}`, ...containers.map((container) => `CN=${container}`), configurationContainer(organization)].join(',');
}

/** A recipient object (a mail contact) in the domain's default Users container. */
export function usersDistinguishedName(name: string, organization: DirectoryScope): string {
  return `CN=${name},CN=Users,${domainComponents(organization.domain)}`;
}
