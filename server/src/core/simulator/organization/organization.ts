// The simulated Exchange organization, from the optional exconn.json at the workspace root: its
// servers (for -SourceTransportServers and -Identity), the server the shell and the transport run
// on, the accepted domains and their mailboxes, mail contacts with non-SMTP addresses, path
// mappings, throttling and a fixed clock. When the file is absent the defaults below serve.
// The file's schema is documented in docs/exconn-json.md.

import { errorMessage, ExconnJsonError, type ExconnJsonProblem } from '../errors';
import { validateOrganization } from './organizationSchema';
import { withOrganizationSettings } from './organizationSettings';
import { JsonSyntaxError, parseJsonDocument } from './jsonDocument';
import { simulatorLayout } from '../workspace/simulatorLayout';
import { isNotFound, readTextInWorkspace, readTextInWorkspaceSync } from '../workspace/storage';
import { workspacePaths, type PathMapping, type WorkspacePaths } from '../workspace/workspacePaths';
import { DEFAULT_EXCHANGE_VERSION } from '../../catalog/exchangeVersions';
import type { ExchangeVersion } from '../../catalog/types';

export type ServerRole = 'Mailbox' | 'Edge';

export interface ServerDefinition {
  name: string;
  roles: ServerRole[];
}

export interface MailboxDefinition {
  /** Primary SMTP address, as written. */
  address: string;
  /** Display name; the local part when not given. */
  name: string;
}

/** A mail contact whose target address is not (necessarily) SMTP, e.g. a person on an X.400 system. */
export interface ContactDefinition {
  name: string;
  /** Address type as written before the colon: `X400`, `FAX`, `SMTP`... */
  type: string;
  /** The address after the type: `c=US;a=Fabrikam;p=Contoso;s=Smith`. */
  address: string;
  /** The SMTP address people write to reach the contact, in an accepted domain. */
  smtpAddress: string;
}

export interface DeliveryAgentDefinition {
  protocol: string;
  /** A Windows path, mapped into the workspace as every path is. */
  folder: string;
}

/** A next hop the simulator delivers to over real SMTP: only loopback addresses, so nothing leaves the machine. */
export interface SmtpHostDefinition {
  /** The smart host or domain as the Send connector names it. */
  name: string;
  host: string;
  port: number;
}

export interface Organization {
  /** Absolute path of exconn.json, or undefined when the defaults serve. */
  file: string | undefined;
  organizationName: string;
  /** The Active Directory domain, e.g. contoso.com. */
  domain: string;
  domainController: string;
  servers: ServerDefinition[];
  /** The server the shell and the transport service run on. */
  localServer: string;
  /** SMTP domains the organization receives mail for (authoritative). The first is the default domain. */
  acceptedDomains: string[];
  mailboxes: MailboxDefinition[];
  contacts: ContactDefinition[];
  pathMappings: PathMapping[];
  /** Per DeliveryProtocol (`FAX`), the Windows folder where the simulator's stand-in delivery agent
   * writes the messages routed to Delivery Agent connectors of that protocol. */
  deliveryAgents: DeliveryAgentDefinition[];
  /** Smart hosts and domains (Send connector next hops) mapped to an SMTP server on this machine's loopback. */
  smtpHosts: SmtpHostDefinition[];
  /** PickupDirectoryMaxMessagesPerMinute is enforced when true. */
  throttling: boolean;
  /** A fixed ISO 8601 time for every timestamp, or null for the simulator's epoch. */
  clock: string | null;
  /** The Exchange version the scripts are checked against (catalog/exchangeVersions.ts). */
  exchangeVersion: ExchangeVersion;
}

export const DEFAULT_LOCAL_SERVER = 'Hub01';

export const DEFAULT_ORGANIZATION: Readonly<Omit<Organization, 'file'>> = Object.freeze({
  organizationName: 'First Organization',
  domain: 'contoso.com',
  domainController: 'DC01.contoso.com',
  servers: [{ name: DEFAULT_LOCAL_SERVER, roles: ['Mailbox' as ServerRole] }],
  localServer: DEFAULT_LOCAL_SERVER,
  acceptedDomains: ['contoso.com'],
  mailboxes: [],
  contacts: [],
  pathMappings: [],
  deliveryAgents: [],
  smtpHosts: [],
  throttling: true,
  clock: null,
  exchangeVersion: DEFAULT_EXCHANGE_VERSION,
});

/** Reads exconn.json (or the defaults when it is absent), adjusted by editor settings (organizationSettings.ts). Throws ExconnJsonError naming line and key. */
export async function loadOrganization(workspaceRoot: string): Promise<Organization> {
  const file = simulatorLayout(workspaceRoot).organizationFile;
  let text: string;
  try {
    text = await readTextInWorkspace(workspaceRoot, file);
  } catch (error) {
    if (isNotFound(error)) return withOrganizationSettings(workspaceRoot, defaultOrganization());
    throw error;
  }
  return withOrganizationSettings(workspaceRoot, parseOrganization(text, file));
}

/** The synchronous twin of loadOrganization, for callers that cannot wait (path checks in an editor). */
export function loadOrganizationSync(workspaceRoot: string): Organization {
  const file = simulatorLayout(workspaceRoot).organizationFile;
  let text: string;
  try {
    text = readTextInWorkspaceSync(workspaceRoot, file);
  } catch (error) {
    if (isNotFound(error)) return withOrganizationSettings(workspaceRoot, defaultOrganization());
    throw error;
  }
  return withOrganizationSettings(workspaceRoot, parseOrganization(text, file));
}

/**
 * exconn.json as far as it can be read, and what is wrong with it: for `exconn check`, which reports
 * the problems as diagnostics of the file and checks the scripts against the rest. Invalid JSON gives
 * nothing to read, so the organization is then the default one, without a file (no server check).
 */
export async function loadOrganizationLeniently(workspaceRoot: string): Promise<{ organization: Organization; problems: ExconnJsonProblem[]; file: string }> {
  const file = simulatorLayout(workspaceRoot).organizationFile;
  let text: string;
  try {
    text = await readTextInWorkspace(workspaceRoot, file);
  } catch (error) {
    if (isNotFound(error)) return { organization: withOrganizationSettings(workspaceRoot, defaultOrganization()), problems: [], file };
    throw error;
  }
  const { organization, problems } = readOrganization(text, file);
  return { organization: withOrganizationSettings(workspaceRoot, organization ?? defaultOrganization()), problems, file };
}

/** Parses exconn.json text; `file` is the name used in error messages. */
export function parseOrganization(text: string, file: string): Organization {
  const { organization, problems } = readOrganization(text, file);
  if (!organization || problems.length > 0) throw new ExconnJsonError(file, problems);
  return organization;
}

/** The problems of the workspace's exconn.json on disk (none when there is none); a file that cannot be read at all is one problem. */
export async function organizationProblemsOnDisk(workspaceRoot: string): Promise<ExconnJsonProblem[]> {
  try {
    return (await loadOrganizationLeniently(workspaceRoot)).problems;
  } catch (error) {
    return [{ line: 1, column: 1, message: errorMessage(error) }];
  }
}

/** Every problem in exconn.json text, as `exconn check` and the editor report them; none when it is valid. */
export function organizationProblemsIn(text: string, file: string): ExconnJsonProblem[] {
  return readOrganization(text, file).problems;
}

/** The organization exconn.json describes (undefined when it is not JSON), and every problem found in it. */
function readOrganization(text: string, file: string): { organization?: Organization; problems: ExconnJsonProblem[] } {
  let document;
  try {
    document = parseJsonDocument(text);
  } catch (error) {
    if (error instanceof JsonSyntaxError) return { problems: [{ ...error.position, message: `Invalid JSON: ${error.message}.` }] };
    throw error;
  }
  const { organization, problems } = validateOrganization(document);
  return { organization: { ...organization, file }, problems };
}

export function defaultOrganization(): Organization {
  return structuredClone({ ...DEFAULT_ORGANIZATION, file: undefined });
}

/** The path context (root plus exconn.json's mappings) for mapping Windows paths. */
export function organizationPaths(workspaceRoot: string, organization: Organization): WorkspacePaths {
  return workspacePaths(workspaceRoot, organization.pathMappings);
}

export function serverNames(organization: Organization): string[] {
  return organization.servers.map((server) => server.name);
}

/** The organization's default SMTP domain: the first accepted domain. */
export function defaultDomain(organization: Organization): string {
  return organization.acceptedDomains.find((domain) => !domain.startsWith('*')) ?? organization.domain;
}

export function localServerFqdn(organization: Organization): string {
  return serverFqdn(organization, organization.localServer);
}

/** A server's FQDN: its name in the organization's Active Directory domain. */
export function serverFqdn(organization: Pick<Organization, 'domain'>, server: string): string {
  return `${server}.${organization.domain}`;
}

/** Whether mail for `domain` belongs to this organization (`*.contoso.com` covers subdomains). */
export function isAcceptedDomain(organization: Organization, domain: string): boolean {
  const wanted = domain.toLowerCase().replace(/\.$/, '');
  return organization.acceptedDomains.some((accepted) => {
    const lower = accepted.toLowerCase();
    if (lower.startsWith('*.')) return wanted === lower.slice(2) || wanted.endsWith(lower.slice(1));
    return wanted === lower;
  });
}

export function findMailbox(organization: Organization, address: string): MailboxDefinition | undefined {
  const wanted = address.toLowerCase();
  return organization.mailboxes.find((mailbox) => mailbox.address.toLowerCase() === wanted);
}

/** The stand-in agent for a DeliveryProtocol (protocols compare without regard to case). */
export function findDeliveryAgent(organization: Organization, protocol: string): DeliveryAgentDefinition | undefined {
  const wanted = protocol.trim().toLowerCase();
  return organization.deliveryAgents.find((agent) => agent.protocol.toLowerCase() === wanted);
}

/** The loopback SMTP server standing for a smart host or domain (names compare without regard to case). */
export function findSmtpHost(organization: Organization, name: string): SmtpHostDefinition | undefined {
  const wanted = name.trim().toLowerCase().replace(/\.$/, '');
  return organization.smtpHosts.find((host) => host.name.toLowerCase() === wanted);
}

export function findContact(organization: Organization, smtpAddress: string): ContactDefinition | undefined {
  const wanted = smtpAddress.toLowerCase();
  return organization.contacts.find((contact) => contact.smtpAddress.toLowerCase() === wanted);
}

