// The shape of exconn.json, checked key by key against its JSON tree. Every problem is
// collected with its line and key path; defaults fill what the file leaves out (docs/exconn-json.md).

import { parseX400Address } from '../../addressSpace';
import { DEFAULT_EXCHANGE_VERSION, TARGET_VERSIONS, targetVersionOf } from '../../catalog/exchangeVersions';
import type { ExchangeVersion } from '../../catalog/types';
import { parseClockSetting } from '../state/clock';
import { SimulatorError, type ExconnJsonProblem } from '../errors';
import type { Node as JsonNode } from 'jsonc-parser';
import type { JsonDocument } from './jsonDocument';
import { entriesOf, JsonSchemaReader, joinKey, type JsonEntry } from './jsonSchemaReader';
import { defaultContactSmtpAddress, typedAddress } from './contactAddress';
import type { ContactDefinition, DeliveryAgentDefinition, MailboxDefinition, Organization, ServerDefinition, ServerRole, SmtpHostDefinition } from './organization';
import { SIMULATOR_FOLDER } from '../workspace/simulatorLayout';
import { DOMAIN, itemObject, keysOf, LOOPBACK_ENDPOINT, MAPPING_ROOT, ORGANIZATION_DEFINITION, SERVER_ROLES, SMTP_ADDRESS } from './organizationDefinition';
import { canonicalWindowsRoot, type PathMapping } from '../workspace/workspacePaths';

type OrganizationFields = Omit<Organization, 'file'>;

// The key lists and value rules come from the one definition of the file (organizationDefinition.ts).
const TOP_LEVEL_KEYS = keysOf(ORGANIZATION_DEFINITION);
const SERVER_KEYS = keysOf(itemObject('servers'));
const MAILBOX_KEYS = keysOf(itemObject('mailboxes'));
const CONTACT_KEYS = keysOf(itemObject('contacts'));

export function validateOrganization(document: JsonDocument): { organization: OrganizationFields; problems: ExconnJsonProblem[] } {
  const reader = new JsonSchemaReader(document);
  const entries = reader.object(document.root, '', TOP_LEVEL_KEYS);
  const organization = readOrganization(reader, entries ?? new Map());
  const problems = [...reader.problems].sort((a, b) => a.line - b.line || a.column - b.column);
  return { organization, problems };
}

function readOrganization(reader: JsonSchemaReader, entries: Map<string, JsonEntry>): OrganizationFields {
  const value = (key: string) => entries.get(key)?.value;
  const domain = optional(value('domain'), (node) => readDomain(reader, node, 'domain')) ?? 'contoso.com';
  const servers = optional(value('servers'), (node) => readServers(reader, node));
  const localServer = optional(value('localServer'), (node) => reader.nonEmptyString(node, 'localServer'));
  const resolvedServers = servers ?? [{ name: localServer ?? 'Hub01', roles: ['Mailbox'] as ServerRole[] }];
  const acceptedDomains = optional(value('acceptedDomains'), (node) => readList(reader, node, 'acceptedDomains', 'domain names', (item, key) => readDomain(reader, item, key))) ?? [domain];
  const organization: OrganizationFields = {
    organizationName: optional(value('organizationName'), (node) => reader.nonEmptyString(node, 'organizationName')) ?? 'First Organization',
    domain,
    domainController: optional(value('domainController'), (node) => reader.nonEmptyString(node, 'domainController')) ?? `DC01.${domain}`,
    servers: resolvedServers,
    localServer: checkLocalServer(reader, entries.get('localServer'), localServer, resolvedServers),
    acceptedDomains,
    mailboxes: optional(value('mailboxes'), (node) => readList(reader, node, 'mailboxes', 'SMTP addresses or { "address": ... } objects', (item, key) => readMailbox(reader, item, key, acceptedDomains))) ?? [],
    contacts: optional(value('contacts'), (node) => readList(reader, node, 'contacts', '{ "name": ..., "address": ... } objects', (item, key) => readContact(reader, item, key, acceptedDomains))) ?? [],
    pathMappings: optional(value('pathMappings'), (node) => readPathMappings(reader, node)) ?? [],
    deliveryAgents: optional(value('deliveryAgents'), (node) => readDeliveryAgents(reader, node)) ?? [],
    smtpHosts: optional(value('smtpHosts'), (node) => readSmtpHosts(reader, node)) ?? [],
    throttling: optional(value('throttling'), (node) => reader.boolean(node, 'throttling')) ?? true,
    clock: optional(value('clock'), (node) => readClock(reader, node)) ?? null,
    exchangeVersion: optional(value('exchangeVersion'), (node) => readExchangeVersion(reader, node)) ?? DEFAULT_EXCHANGE_VERSION,
  };
  const schema = value('$schema');
  if (schema) reader.string(schema, '$schema');
  return organization;
}

function optional<T>(node: JsonNode | undefined, read: (node: JsonNode) => T | undefined): T | undefined {
  return node === undefined ? undefined : read(node);
}

function readList<T>(reader: JsonSchemaReader, node: JsonNode, key: string, of: string, readItem: (item: JsonNode, key: string) => T | undefined): T[] | undefined {
  const items = reader.array(node, key, of);
  if (!items) return undefined;
  return items.map((item, index) => readItem(item, joinKey(key, index))).filter((item): item is T => item !== undefined);
}

function readDomain(reader: JsonSchemaReader, node: JsonNode, key: string): string | undefined {
  const text = reader.nonEmptyString(node, key, 'a domain name such as contoso.com');
  if (text === undefined) return undefined;
  if (!DOMAIN.test(text)) {
    reader.report(node, key, `"${key}" is "${text}", which is not a domain name; write one such as contoso.com (a leading *. is allowed in acceptedDomains).`);
    return undefined;
  }
  return text;
}

function readServers(reader: JsonSchemaReader, node: JsonNode): ServerDefinition[] | undefined {
  const servers = readList(reader, node, 'servers', 'server names or { "name": ..., "roles": [...] } objects', (item, key) => readServer(reader, item, key));
  if (!servers) return undefined;
  const seen = new Set<string>();
  const items = node.type === 'array' ? node.children ?? [] : [];
  servers.forEach((server, index) => {
    const lower = server.name.toLowerCase();
    if (seen.has(lower)) reader.report(items[index] ?? node, joinKey('servers', index), `The server "${server.name}" is declared twice; keep one.`);
    seen.add(lower);
  });
  if (servers.length === 0) reader.report(node, 'servers', '"servers" is empty; declare at least the local server, for example ["Hub01"].');
  return servers.length > 0 ? servers : undefined;
}

function readServer(reader: JsonSchemaReader, node: JsonNode, key: string): ServerDefinition | undefined {
  if (node.type === 'string') {
    const name = reader.nonEmptyString(node, key);
    return name === undefined ? undefined : { name, roles: ['Mailbox'] };
  }
  const entries = reader.object(node, key, SERVER_KEYS);
  if (!entries) return undefined;
  const nameEntry = entries.get('name');
  if (!nameEntry) {
    reader.report(node, key, `"${key}" needs a "name", for example { "name": "Hub01", "roles": ["Mailbox"] }.`);
    return undefined;
  }
  const name = reader.nonEmptyString(nameEntry.value, joinKey(key, 'name'));
  const rolesEntry = entries.get('roles');
  const roles = rolesEntry ? readRoles(reader, rolesEntry.value, joinKey(key, 'roles')) : ['Mailbox' as ServerRole];
  return name === undefined || roles === undefined ? undefined : { name, roles };
}

function readRoles(reader: JsonSchemaReader, node: JsonNode, key: string): ServerRole[] | undefined {
  return readList(reader, node, key, 'role names', (item, itemKey) => {
    const text = reader.string(item, itemKey);
    const role = SERVER_ROLES.find((candidate): candidate is ServerRole => candidate.toLowerCase() === text?.toLowerCase());
    if (text !== undefined && !role) reader.report(item, itemKey, `"${itemKey}" is "${text}"; a server role is one of ${SERVER_ROLES.join(', ')}.`);
    return role;
  });
}

function checkLocalServer(reader: JsonSchemaReader, entry: JsonEntry | undefined, localServer: string | undefined, servers: ServerDefinition[]): string {
  if (localServer === undefined) return servers[0]?.name ?? 'Hub01';
  const declared = servers.find((server) => server.name.toLowerCase() === localServer.toLowerCase());
  if (!declared && entry) {
    reader.report(entry.value, 'localServer', `"localServer" is "${localServer}", which "servers" does not declare (it declares ${servers.map((s) => s.name).join(', ')}). Add it to "servers" or fix the name.`);
  }
  return declared?.name ?? localServer;
}

function readMailbox(reader: JsonSchemaReader, node: JsonNode, key: string, acceptedDomains: readonly string[]): MailboxDefinition | undefined {
  let addressNode = node;
  let name: string | undefined;
  if (node.type === 'object') {
    const entries = reader.object(node, key, MAILBOX_KEYS);
    const address = entries?.get('address');
    if (!address) {
      if (entries) reader.report(node, key, `"${key}" needs an "address", for example { "address": "mary@contoso.com" }.`);
      return undefined;
    }
    addressNode = address.value;
    const nameEntry = entries?.get('name');
    if (nameEntry) name = reader.nonEmptyString(nameEntry.value, joinKey(key, 'name'));
  }
  const address = readSmtpAddress(reader, addressNode, node.type === 'object' ? joinKey(key, 'address') : key, acceptedDomains);
  return address === undefined ? undefined : { address, name: name ?? address.slice(0, address.indexOf('@')) };
}

function readSmtpAddress(reader: JsonSchemaReader, node: JsonNode, key: string, acceptedDomains: readonly string[]): string | undefined {
  const text = reader.nonEmptyString(node, key, 'an SMTP address such as mary@contoso.com');
  if (text === undefined) return undefined;
  if (!SMTP_ADDRESS.test(text)) {
    reader.report(node, key, `"${key}" is "${text}", which is not an SMTP address; write one such as mary@contoso.com.`);
    return undefined;
  }
  const domain = text.slice(text.lastIndexOf('@') + 1).toLowerCase();
  const accepted = acceptedDomains.some((candidate) => {
    const lower = candidate.toLowerCase();
    return lower.startsWith('*.') ? domain === lower.slice(2) || domain.endsWith(lower.slice(1)) : domain === lower;
  });
  if (!accepted) {
    reader.report(node, key, `"${key}" is "${text}", but ${domain} is not an accepted domain (${acceptedDomains.join(', ')}). Add ${domain} to "acceptedDomains" or fix the address.`);
    return undefined;
  }
  return text;
}

function readContact(reader: JsonSchemaReader, node: JsonNode, key: string, acceptedDomains: readonly string[]): ContactDefinition | undefined {
  const entries = reader.object(node, key, CONTACT_KEYS);
  if (!entries) return undefined;
  const nameEntry = entries.get('name');
  const addressEntry = entries.get('address');
  if (!nameEntry || !addressEntry) {
    reader.report(node, key, `"${key}" needs a "name" and an "address", for example { "name": "Smith", "address": "X400:c=US;a=Fabrikam;p=Contoso;s=Smith" }.`);
    return undefined;
  }
  const name = reader.nonEmptyString(nameEntry.value, joinKey(key, 'name'));
  const typed = readTypedAddress(reader, addressEntry.value, joinKey(key, 'address'));
  const smtpEntry = entries.get('smtpAddress');
  const smtpAddress = smtpEntry
    ? readSmtpAddress(reader, smtpEntry.value, joinKey(key, 'smtpAddress'), acceptedDomains)
    : name && defaultContactSmtpAddress(name, acceptedDomains);
  if (name === undefined || typed === undefined || smtpAddress === undefined) return undefined;
  return { name, ...typed, smtpAddress };
}

/** `X400:c=US;a=Fabrikam;p=Contoso;s=Smith`, `FAX:+1 425 555 0100`, `SMTP:smith@fabrikam.com`. */
function readTypedAddress(reader: JsonSchemaReader, node: JsonNode, key: string): { type: string; address: string } | undefined {
  const text = reader.nonEmptyString(node, key, 'an address with its type, such as X400:c=US;a=Fabrikam;p=Contoso;s=Smith');
  if (text === undefined) return undefined;
  const colon = text.indexOf(':');
  const type = colon > 0 ? text.slice(0, colon).trim() : '';
  const address = text.slice(colon + 1).trim();
  if (type === '' || address === '') {
    reader.report(node, key, `"${key}" is "${text}"; write the address type, a colon and the address, for example X400:c=US;a=Fabrikam;p=Contoso;s=Smith or FAX:+1 425 555 0100.`);
    return undefined;
  }
  if (type.toUpperCase() === 'X400') {
    const parsed = parseX400Address(address);
    if (!parsed.valid) {
      reader.report(node, key, `"${key}" is not a valid X.400 address: ${parsed.problems[0]?.message ?? 'no attributes'}`);
      return undefined;
    }
  }
  if (type.toUpperCase() === 'SMTP' && !SMTP_ADDRESS.test(address)) {
    reader.report(node, key, `"${key}" is "${text}", which is not an SMTP address after the SMTP: type.`);
    return undefined;
  }
  return typedAddress(text);
}

/** `{ "FAX": "C:\\FaxOut" }`: a folder per DeliveryProtocol for the stand-in delivery agent. */
function readDeliveryAgents(reader: JsonSchemaReader, node: JsonNode): DeliveryAgentDefinition[] | undefined {
  if (node.type !== 'object') {
    reader.report(node, 'deliveryAgents', '"deliveryAgents" must be an object of DeliveryProtocol to folder, such as { "FAX": "C:\\FaxOut" }.');
    return undefined;
  }
  return entriesOf(node).flatMap((entry) => {
    const folder = reader.nonEmptyString(entry.value, joinKey('deliveryAgents', entry.key), 'a folder path such as C:\\FaxOut');
    return folder === undefined || entry.key.trim() === '' ? [] : [{ protocol: entry.key.trim(), folder }];
  });
}

/** `{ "smtp.fabrikam.com": "127.0.0.1:2525" }`: next hops delivered to over SMTP on loopback. */
function readSmtpHosts(reader: JsonSchemaReader, node: JsonNode): SmtpHostDefinition[] | undefined {
  if (node.type !== 'object') {
    reader.report(node, 'smtpHosts', '"smtpHosts" must be an object of smart host or domain to a loopback address and port, such as { "smtp.fabrikam.com": "127.0.0.1:2525" }.');
    return undefined;
  }
  return entriesOf(node).flatMap((entry) => {
    const key = joinKey('smtpHosts', entry.key);
    const text = reader.nonEmptyString(entry.value, key, 'a loopback address and port such as 127.0.0.1:2525');
    if (text === undefined) return [];
    const match = LOOPBACK_ENDPOINT.exec(text.trim());
    if (!match) {
      reader.report(entry.value, key, `"${key}" is "${text}"; the simulator delivers only to this machine: write a loopback address and port such as 127.0.0.1:2525, [::1]:25 or localhost:25.`);
      return [];
    }
    return [{ name: entry.key.trim().toLowerCase(), host: match[1] ?? match[2] ?? 'localhost', port: Number(match[4]) }];
  });
}

function readPathMappings(reader: JsonSchemaReader, node: JsonNode): PathMapping[] | undefined {
  if (node.type !== 'object') {
    reader.report(node, 'pathMappings', `"pathMappings" must be an object such as { "D:": "d-drive", "\\\\\\\\fileserver\\\\drops": "shares/drops" }.`);
    return undefined;
  }
  const mappings: PathMapping[] = [];
  const seen = new Set<string>();
  for (const entry of entriesOf(node)) {
    const key = joinKey('pathMappings', entry.key);
    const root = mappingRoot(entry.key);
    if (!root) {
      reader.report(entry.keyNode, key, `"${entry.key}" is not a drive or a network share; a key is a drive such as "D:" or a share such as "\\\\\\\\fileserver\\\\drops".`);
      continue;
    }
    if (seen.has(root.toLowerCase())) reader.report(entry.keyNode, key, `"${entry.key}" is mapped twice; keep one.`);
    seen.add(root.toLowerCase());
    const folder = readMappingFolder(reader, entry.value, key);
    if (folder !== undefined) mappings.push({ windowsRoot: root, folder });
  }
  return mappings;
}

function mappingRoot(text: string): string | undefined {
  return MAPPING_ROOT.test(text) ? canonicalWindowsRoot(text.trim().replace(/\//g, '\\')) : undefined;
}

/** A folder inside the workspace, relative to its root; `..` steps out and absolute paths are refused. */
function readMappingFolder(reader: JsonSchemaReader, node: JsonNode, key: string): string | undefined {
  const text = reader.string(node, key, 'a folder relative to the workspace root, such as "d-drive"');
  if (text === undefined) return undefined;
  const parts = text.replace(/\\/g, '/').split('/').filter((part) => part !== '' && part !== '.');
  if (text.startsWith('/') || /^[A-Za-z]:/.test(text) || text.startsWith('\\\\')) {
    reader.report(node, key, `"${key}" is "${text}", an absolute path; write a folder relative to the workspace root, such as "d-drive".`);
    return undefined;
  }
  if (parts.includes('..')) {
    reader.report(node, key, `"${key}" is "${text}", which uses '..' and could leave the workspace; write a folder inside the workspace.`);
    return undefined;
  }
  if (parts[0] === SIMULATOR_FOLDER) {
    reader.report(node, key, `"${key}" points into ${SIMULATOR_FOLDER}, the simulator's own folder; choose another folder.`);
    return undefined;
  }
  return parts.join('/');
}

function readClock(reader: JsonSchemaReader, node: JsonNode): string | undefined {
  if (node.type === 'null') return undefined;
  const text = reader.string(node, 'clock', 'an ISO 8601 date-time such as "2024-03-13T09:00:00Z", or null');
  if (text === undefined) return undefined;
  try {
    parseClockSetting(text, '"clock"');
    return text;
  } catch (error) {
    reader.report(node, 'clock', error instanceof SimulatorError ? error.message : String(error));
    return undefined;
  }
}

function readExchangeVersion(reader: JsonSchemaReader, node: JsonNode): ExchangeVersion | undefined {
  const choices = TARGET_VERSIONS.map((version) => `"${version}"`).join(', ');
  const text = reader.string(node, 'exchangeVersion', `one of ${choices}`);
  if (text === undefined) return undefined;
  const version = targetVersionOf(text);
  if (!version) reader.report(node, 'exchangeVersion', `"exchangeVersion" is "${text}"; write one of ${choices}.`);
  return version;
}
