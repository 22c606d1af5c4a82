// The shape of the cmdlet catalog: the one declarative description of every cmdlet, parameter,
// parameter set, value type and object property that completion, validation, hover, signature help
// and the simulator read. Nothing else in the product may describe a parameter again.

import type { SettingValue } from '../values/settingValue';

/** What a parameter's value must be. Validation checks it; completion offers values from it. */
export type ValueType =
  /** Any text. */
  | { kind: 'string'; maxLength?: number; pattern?: string; patternHint?: string }
  /** `$true`/`$false` (also `1`/`0`). */
  | { kind: 'boolean' }
  /** A SwitchParameter: present or absent, or `-Name:$false`. */
  | { kind: 'switch' }
  /** A whole number (Int32); with `fractional`, any decimal number (a Double, such as a queue's Velocity). */
  | { kind: 'int'; min?: number; max?: number; unlimited?: boolean; fractional?: boolean }
  /** ByteQuantifiedSize, or Unlimited<ByteQuantifiedSize> when `unlimited` is true.
   * Bounds are in bytes. */
  | { kind: 'size'; unlimited: boolean; min?: number; max?: number }
  /** EnhancedTimeSpan: `dd.hh:mm:ss`, `hh:mm:ss`. Bounds in seconds. */
  | { kind: 'timespan'; min?: number; max?: number }
  /** One of a fixed list, case-insensitive. */
  | { kind: 'enum'; values: string[]; flags?: boolean }
  /** A file-system path; `local` for LocalLongFullPath (no UNC). `allowRelative`: a bare or relative
   * path is valid too, because Exchange resolves it against a root (DropDirectory against
   * RootDropDirectoryPath). */
  | { kind: 'path'; local: boolean; allowRelative?: boolean }
  /** An address space `[Type:]Address[;Cost]`, parsed by core/addressSpace. */
  | { kind: 'addressSpace' }
  /** An identity of an object the simulator knows: a connector name, a server name. */
  | { kind: 'identity'; of: IdentityKind }
  /** A fully qualified domain name (DomainController). */
  | { kind: 'fqdn' }
  /** An SMTP address. */
  | { kind: 'smtpAddress' }
  /** A script block `{ ... }` (Where-Object, ForEach-Object). */
  | { kind: 'scriptBlock' }
  /** A property name of the piped objects (Format-List, Select-Object, Sort-Object). */
  | { kind: 'propertyName' }
  /** Any value: piped objects, Write-Host text. */
  | { kind: 'object' }
  /** A date/time (Get-MessageTrackingLog -Start). */
  | { kind: 'dateTime' }
  /** A variable name without `$` (-ErrorVariable). */
  | { kind: 'variableName' }
  /** OPATH filter text over the properties of queues or queued messages (Get-Queue -Filter). */
  | { kind: 'filter'; of: FilterTarget };

/** The objects an OPATH -Filter of the Queue Viewer cmdlets can choose (catalog/queueViewerObjects.ts). */
export type FilterTarget = 'Queue' | 'Message';

/** What an -Identity names, with the identity parameter type Exchange's reference gives it. */
export const IDENTITY_KINDS = {
  ForeignConnector: 'ForeignConnectorIdParameter',
  DeliveryAgentConnector: 'DeliveryAgentConnectorIdParameter',
  SendConnector: 'SendConnectorIdParameter',
  ReceiveConnector: 'ReceiveConnectorIdParameter',
  AcceptedDomain: 'AcceptedDomainIdParameter',
  RemoteDomain: 'RemoteDomainIdParameter',
  MailContact: 'MailContactIdParameter',
  Recipient: 'RecipientIdParameter',
  Mailbox: 'MailboxIdParameter',
  OrganizationalUnit: 'OrganizationalUnitIdParameter',
  TransportRule: 'RuleIdParameter',
  TransportAgent: 'TransportAgentObjectId',
  Queue: 'QueueIdentity',
  Message: 'MessageIdentity',
  MessageTrackingReport: 'MessageTrackingReportId',
  TransportServer: 'ServerIdParameter',
  Server: 'ServerIdParameter',
  OrganizationId: 'OrganizationIdParameter',
} as const;

export type IdentityKind = keyof typeof IDENTITY_KINDS;

/** How a parameter takes part in one parameter set. */
export interface ParameterSetMembership {
  mandatory?: boolean;
  /** 0-based position for positional binding; absent means named only. */
  position?: number;
  valueFromPipeline?: boolean;
  valueFromPipelineByPropertyName?: boolean;
  /** Takes the positional arguments left over once the positional parameters are bound
   * (`Write-Host a b c`, `ForEach-Object {begin} {process} {end}`). */
  valueFromRemainingArguments?: boolean;
}

export interface ParameterSpec {
  /** Canonical casing, without the dash. */
  name: string;
  aliases?: string[];
  type: ValueType;
  /** Accepts several values (MultiValuedProperty, String[]): comma lists, `@()`, and for
   * MultiValuedProperty also `@{Add=...; Remove=...}`. */
  multiValued?: boolean;
  /** True for MultiValuedProperty, which accepts `@{Add=...;Remove=...}` hashtables. */
  multiValuedProperty?: boolean;
  /** One line, our own words. */
  description: string;
  /** What the setting holds until a command changes it (see DefaultSpec). */
  default?: DefaultSpec;
  /** Membership per parameter set name. Absent: the parameter belongs to every set of the cmdlet,
   * optional and named. */
  sets?: Record<string, ParameterSetMembership>;
  /** The property of the cmdlet's object this parameter stores its value in. Absent for parameters
   * that store nothing (Identity, Confirm, DomainController, Force): the simulator's Set-* cmdlets
   * store exactly the parameters that name a property. */
  property?: string;
  /** For a Boolean parameter whose property holds words instead of True/False: the word stored for
   * $true and for $false (New-TransportRule -Enabled $false stores State `Disabled`). */
  propertyValues?: { true: string; false: string };
  /** For a switch or a value list that picks a kind of object (a Receive connector's usage type):
   * the properties each choice gives the new object when the command does not set them itself, in
   * their stored form, keyed by the value in lower case (`true` for a switch). */
  implies?: Record<string, Record<string, SettingValue>>;
  /** Exchange documents the parameter as reserved for Microsoft's internal use: valid, but completion
   * should rank it last and hover should say so. */
  reserved?: boolean;
  /** Added by PowerShell 7 (`ForEach-Object -Parallel`): the Exchange Management Shell's Windows
   * PowerShell 5.1 has no such parameter, so the editor warns and the simulator's shell rejects it. */
  powerShell7Only?: boolean;
  /** The Exchange versions that have this parameter, from Microsoft's reference ("Applicable");
   * absent when every version the cmdlet applies to has it. */
  versions?: readonly ExchangeVersion[];
}

/** The on-premises Exchange versions the catalog tells apart (the reference's "Applicable" lines). */
export type ExchangeVersion = '2010' | '2013' | '2016' | '2019' | 'SE';

/** A default that is not one fixed value but comes from the object being created. */
export type ContextualDefault =
  /** The object's own name (a Foreign connector's DropDirectory). */
  | { from: 'name' }
  /** The server the shell runs on (a new connector's SourceTransportServers). */
  | { from: 'localServer' };

/** A parameter's default: the value the simulator starts from and the words Exchange's reference uses. */
export interface DefaultSpec {
  /** In the stored form: bytes or `Unlimited` for sizes, `dd.hh:mm:ss` text for time spans, Booleans,
   * numbers, text, lists; or where the value comes from. */
  value: SettingValue | ContextualDefault;
  /** As Exchange shows it, e.g. `100`, `64 KB (65,536 bytes)`, `$true`, `The connector name`. */
  shown: string;
}

export interface CmdletSpec {
  /** Canonical casing, `Verb-Noun`. */
  name: string;
  /** Built-in command aliases that name this cmdlet (`fl` for Format-List); looked up like the name. */
  aliases?: string[];
  /** One line, our own words. */
  synopsis: string;
  /** A few sentences for hover: what the cmdlet is for in the Foreign-connector procedure. */
  description?: string;
  /** Set names; the first is the default set. A cmdlet with one set names it `Default`. */
  parameterSets: string[];
  parameters: ParameterSpec[];
  /** Accepts the PowerShell common parameters (Verbose, ErrorAction, ...). */
  commonParameters: boolean;
  /** Supports -WhatIf and -Confirm (ShouldProcess). Those parameters are listed in `parameters`. */
  supportsShouldProcess?: boolean;
  /** The object type it writes to the pipeline, if any (see ObjectTypeSpec). */
  outputType?: string;
  /** An example invocation for hover and snippets. */
  example?: string;
  /** Where the cmdlet comes from: `Exchange` or `PowerShell`. */
  module: 'Exchange' | 'PowerShell';
  /** The Exchange versions that have the cmdlet, from the reference; absent for PowerShell's own
   * cmdlets and for Exchange cmdlets in every version from 2010 on. */
  versions?: readonly ExchangeVersion[];
}

export interface PropertySpec {
  name: string;
  /** As Exchange displays the type, e.g. `MultiValuedProperty`, `Unlimited`, `Boolean`. */
  type: string;
  description: string;
  /** What a -Filter may compare this property with (the value type decides the operators too);
   * absent when Exchange does not filter on the property. */
  filter?: ValueType;
}

/** An object type the simulator emits, e.g. a Foreign connector or the transport service. */
export interface ObjectTypeSpec {
  name: string;
  /** In the order Format-List shows them. */
  properties: PropertySpec[];
}
