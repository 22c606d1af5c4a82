// The configuration objects the simulator keeps for the mail-flow cmdlet families: what each family
// is called in messages, whether its names are unique in the organization or per server, and where
// Exchange files it in Active Directory (its distinguished name, object classes and schema
// category, which Get- shows). The cmdlets themselves are found by name (`New-<type>`, `Set-<type>`,
// ...), so a family's parameters, defaults and properties stay in its cmdlet rows.

/** Where an object of the family lives in the directory, under the organization's configuration container. */
export type DirectoryPlace =
  | { kind: 'routingGroupConnections' }
  /** A server's own transport settings: `CN=<container>,CN=Transport Configuration,CN=<server>,...`. */
  | { kind: 'serverTransportConfiguration'; container: string }
  | { kind: 'serverProtocols'; container: string }
  | { kind: 'organization'; containers: readonly string[] }
  | { kind: 'domainUsers' };

export interface ObjectFamilySpec {
  /** The cmdlets' noun and the object type Get- writes, e.g. `SendConnector`. */
  type: string;
  /** How Exchange's messages name one, e.g. `Send connector`. */
  noun: string;
  /** `server`: names are unique per server and an identity may be written `Server\Name`. */
  scope: 'organization' | 'server';
  place: DirectoryPlace;
  objectClass: readonly string[];
  schemaClass: string;
  /** The RecipientType a recipient family's objects show (`MailContact`). */
  recipientType?: string;
  /** The property that numbers the family's objects in processing order from 0 (a rule's Priority):
   * a new one goes last unless it asks for a place, and the others move to keep the numbers dense. */
  orderedBy?: string;
  /** Objects Exchange has from setup on and no cmdlet creates or removes: one per server (its Mailbox
   * Transport service), named for the server, or one for the organization, named `name`. Only their
   * changed settings are stored. */
  builtIn?: { per: 'server' } | { per: 'organization'; name: string };
}

const CONNECTION = { kind: 'routingGroupConnections' } as const;

export const OBJECT_FAMILIES: readonly ObjectFamilySpec[] = [
  { type: 'SendConnector', noun: 'Send connector', scope: 'organization', place: CONNECTION, objectClass: ['top', 'msExchConnector', 'msExchRoutingSMTPConnector'], schemaClass: 'ms-Exch-Routing-SMTP-Connector' },
  { type: 'DeliveryAgentConnector', noun: 'Delivery Agent connector', scope: 'organization', place: CONNECTION, objectClass: ['top', 'msExchConnector', 'msExchDeliveryAgentConnector'], schemaClass: 'ms-Exch-Delivery-Agent-Connector' },
  {
    type: 'ReceiveConnector', noun: 'Receive connector', scope: 'server', place: { kind: 'serverProtocols', container: 'SMTP Receive Connectors' },
    objectClass: ['top', 'msExchSmtpReceiveConnector'], schemaClass: 'ms-Exch-Smtp-Receive-Connector',
  },
  {
    type: 'AcceptedDomain', noun: 'accepted domain', scope: 'organization', place: { kind: 'organization', containers: ['Accepted Domains', 'Transport Settings'] },
    objectClass: ['top', 'msExchAcceptedDomain'], schemaClass: 'ms-Exch-Accepted-Domain',
  },
  {
    type: 'RemoteDomain', noun: 'remote domain', scope: 'organization', place: { kind: 'organization', containers: ['Internet Message Formats', 'Global Settings'] },
    objectClass: ['top', 'msExchDomainContentConfig'], schemaClass: 'ms-Exch-Domain-Content-Config',
  },
  {
    type: 'MailContact', noun: 'mail contact', scope: 'organization', place: { kind: 'domainUsers' },
    objectClass: ['top', 'person', 'organizationalPerson', 'contact'], schemaClass: 'Person', recipientType: 'MailContact',
  },
  {
    type: 'TransportRule', noun: 'transport rule', scope: 'organization', place: { kind: 'organization', containers: ['TransportVersioned', 'Rules', 'Transport Settings'] },
    objectClass: ['top', 'msExchTransportRule'], schemaClass: 'ms-Exch-Transport-Rule', orderedBy: 'Priority',
  },
  // The settings objects Set- changes and Get- shows, with no New- or Remove-. (The Transport service
  // itself keeps its own state, transportServices, which predates the families.)
  {
    type: 'TransportConfig', noun: 'transport configuration', scope: 'organization', place: { kind: 'organization', containers: [] },
    objectClass: ['top', 'msExchTransportSettings'], schemaClass: 'ms-Exch-Transport-Settings', builtIn: { per: 'organization', name: 'Transport Settings' },
  },
  {
    type: 'MailboxTransportService', noun: 'Mailbox Transport service', scope: 'server', place: { kind: 'serverTransportConfiguration', container: 'Mailbox' },
    objectClass: ['top', 'container', 'msExchMailboxTransportServer'], schemaClass: 'ms-Exch-Mailbox-Transport-Server', builtIn: { per: 'server' },
  },
  {
    type: 'FrontendTransportService', noun: 'Front End Transport service', scope: 'server', place: { kind: 'serverTransportConfiguration', container: 'FrontEnd' },
    objectClass: ['top', 'container', 'msExchFrontendTransportServer'], schemaClass: 'ms-Exch-Frontend-Transport-Server', builtIn: { per: 'server' },
  },
];

const byType = new Map(OBJECT_FAMILIES.map((family) => [family.type.toLowerCase(), family]));

export function findObjectFamily(type: string): ObjectFamilySpec | undefined {
  return byType.get(type.toLowerCase());
}
