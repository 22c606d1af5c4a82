// The accepted-domain and remote-domain cmdlets (New-/Set-/Get-/Remove-AcceptedDomain and
// New-/Set-/Get-/Remove-RemoteDomain): which SMTP domains the organization receives mail for, and how
// it formats and limits the mail it sends to other domains.
//
// Sources: Microsoft's cmdlet reference pages of those eight cmdlets (MicrosoftDocs/
// office-docs-powershell, exchange-ps/ExchangePowerShell/*.md), on-premises parameters only: the
// Exchange Online parameters (CanHaveCloudCache, OutboundOnly, SendingFromDomainDisabled, ResultSize,
// ...) and the Exchange 2010-only IsCoexistenceDomain are left out. Allowed values, ranges and
// defaults as documented there; where a remote-domain default differs between the built-in Default
// domain and the domains an administrator creates, the rows give the created domains' default. Enum
// values are listed in the reference's order; their underlying numbers are not documented.

import {
  anyCase, bool, confirmParameter, DEFAULT_SET, domainControllerParameter, flagDefault, identityParameter,
  inDefaultSet, int, INT32_MAX, numberDefault, oneOf, setting, textDefault, UNLIMITED_DEFAULT, unlimitedInt,
  whatIfParameter,
} from './builders';
import type { CmdletSpec, IdentityKind, ParameterSpec, ValueType } from './types';
import { DOMAIN_NAME } from './networkAddresses';
import { FROM_2013, FROM_2016 } from './exchangeVersions';


/** SmtpDomain: a domain such as contoso.com, without wildcards. */
export const smtpDomain: ValueType = {
  kind: 'string',
  maxLength: 256,
  pattern: `^${DOMAIN_NAME}$`,
  patternHint: 'must be an SMTP domain such as contoso.com, without wildcards',
};

/**
 * SmtpDomainWithSubdomains: a domain such as contoso.com, or `*.contoso.com` for the domain and all
 * its subdomains. The wildcard may only lead: `mail.*.contoso.com` is refused, as Exchange refuses it.
 */
export const smtpDomainWithSubdomains: ValueType = {
  kind: 'string',
  maxLength: 256,
  pattern: `^(?:\\*\\.)?${DOMAIN_NAME}$`,
  patternHint: 'must be an SMTP domain such as contoso.com, or *.contoso.com to include its subdomains',
};

/** Names as the reference limits them: "The maximum length is 64 characters". */
const objectName: ValueType = { kind: 'string', maxLength: 64 };

/** The character sets the reference lists for CharacterSet and NonMimeCharacterSet. */
const CHARACTER_SETS = [
  'big5', 'din_66003', 'euc-jp', 'euc-kr', 'gb18030', 'gb2312', 'hz-gb-2312', 'iso-2022-jp', 'iso-2022-kr',
  'iso-8859-1', 'iso-8859-13', 'iso-8859-15', 'iso-8859-2', 'iso-8859-3', 'iso-8859-4', 'iso-8859-5',
  'iso-8859-6', 'iso-8859-7', 'iso-8859-8', 'iso-8859-9', 'koi8-r', 'koi8-u', 'ks_c_5601-1987', 'ns_4551-1',
  'sen_850200_b', 'shift_jis', 'utf-7', 'utf-8', 'windows-1250', 'windows-1251', 'windows-1252',
  'windows-1253', 'windows-1254', 'windows-1255', 'windows-1256', 'windows-1257', 'windows-1258', 'windows-874',
];

/**
 * A character set name. Text with a pattern rather than an enum because `$null` is a documented value
 * (it clears the setting), which text accepts and an enum refuses.
 */
const characterSet: ValueType = {
  kind: 'string',
  pattern: `^(?:${CHARACTER_SETS.map(anyCase).join('|')})$`,
  patternHint: 'must be a character set Exchange knows, such as iso-8859-1, utf-8 or shift_jis',
};

function domainIdentity(of: IdentityKind, what: string, purpose: string, mandatory: boolean): ParameterSpec {
  return identityParameter(of, `The ${what} to ${purpose}: its name, GUID or distinguished name.`, mandatory);
}

const newName = (what: string): ParameterSpec =>
  setting('Name', objectName, `A unique name for the new ${what}, up to 64 characters.`, {
    sets: inDefaultSet({ mandatory: true, position: 0 }),
  });

const newDomainName = (description: string): ParameterSpec =>
  setting('DomainName', smtpDomainWithSubdomains, description, { sets: inDefaultSet({ mandatory: true }) });

/** What a Get- or Remove- cmdlet of one domain kind says beyond its shared shape. */
interface DomainCmdletText {
  synopsis: string;
  description: string;
  example: string;
}

/** Get-AcceptedDomain and Get-RemoteDomain: an optional identity, all domains when it is left out. */
function getDomainCmdlet(of: IdentityKind, what: string, text: DomainCmdletText): CmdletSpec {
  return {
    name: `Get-${of}`,
    outputType: of,
    module: 'Exchange',
    ...text,
    parameterSets: [DEFAULT_SET],
    commonParameters: true,
    parameters: [
      domainIdentity(of, what, 'show (all of them when omitted)', false),
      domainControllerParameter,
    ],
  };
}

/** Remove-AcceptedDomain and Remove-RemoteDomain: a mandatory identity and the confirmation switches. */
function removeDomainCmdlet(of: IdentityKind, what: string, text: DomainCmdletText): CmdletSpec {
  return {
    name: `Remove-${of}`,
    module: 'Exchange',
    ...text,
    parameterSets: [DEFAULT_SET],
    commonParameters: true,
    supportsShouldProcess: true,
    parameters: [
      domainIdentity(of, what, 'remove', true),
      confirmParameter,
      domainControllerParameter,
      whatIfParameter,
    ],
  };
}

// ---- accepted domains -----------------------------------------------------------------------------

const domainType = (withDefault: boolean): ParameterSpec =>
  setting('DomainType', oneOf('Authoritative', 'InternalRelay', 'ExternalRelay'),
    'Authoritative delivers to mailboxes here and bounces unknown recipients; InternalRelay and ExternalRelay pass the domain\'s mail on to another system.',
    withDefault ? { default: textDefault('Authoritative') } : {});

const newAcceptedDomain: CmdletSpec = {
  name: 'New-AcceptedDomain',
  outputType: 'AcceptedDomain',
  module: 'Exchange',
  synopsis: 'Adds an SMTP domain that the organization accepts mail for.',
  description: 'An accepted domain tells the Transport service that mail for the domain is its own: delivered to local recipients (authoritative) or relayed on to another system. Without one, inbound mail for the domain is rejected or routed out again.',
  parameterSets: [DEFAULT_SET],
  commonParameters: true,
  supportsShouldProcess: true,
  example: 'New-AcceptedDomain -Name "Fabrikam" -DomainName fabrikam.com -DomainType InternalRelay',
  parameters: [
    newName('accepted domain'),
    newDomainName('The SMTP domain to accept mail for; *.contoso.com covers the domain and all its subdomains.'),
    confirmParameter,
    domainControllerParameter,
    domainType(true),
    whatIfParameter,
  ],
};

const setAcceptedDomain: CmdletSpec = {
  name: 'Set-AcceptedDomain',
  module: 'Exchange',
  synopsis: 'Changes an accepted domain: its type, recipient filtering, default status or name.',
  description: 'Use it to switch a domain between authoritative and relay delivery, or to make it the default domain that non-SMTP senders get their SMTP addresses from. The domain name itself cannot be changed; create a new accepted domain instead.',
  parameterSets: [DEFAULT_SET],
  commonParameters: true,
  supportsShouldProcess: true,
  example: 'Set-AcceptedDomain "Contoso" -MakeDefault $true',
  parameters: [
    domainIdentity('AcceptedDomain', 'accepted domain', 'change', true),
    setting('AddressBookEnabled', bool,
      'Whether recipient filtering checks this domain\'s recipients against the directory; usually $true only for authoritative domains.'),
    confirmParameter,
    domainControllerParameter,
    domainType(false),
    setting('MakeDefault', bool,
      'Makes this the default domain, used to wrap non-SMTP sender addresses (such as X.400) into SMTP addresses.',
      { property: 'Default' }),
    setting('MatchSubDomains', bool,
      'Lets mail be sent from and received for any subdomain of this domain too.',
      { default: flagDefault(false), versions: FROM_2016 }),
    setting('Name', objectName, 'A new name for the accepted domain, up to 64 characters.'),
    setting('PendingCompletion', bool, 'Reserved for Microsoft\'s internal use.', { reserved: true, versions: FROM_2013 }),
    setting('PendingRemoval', bool, 'Reserved for Microsoft\'s internal use.', { reserved: true }),
    whatIfParameter,
  ],
};

const getAcceptedDomain = getDomainCmdlet('AcceptedDomain', 'accepted domain', {
  synopsis: 'Shows one accepted domain, or all of them.',
  description: 'Lists the SMTP domains the organization accepts mail for, with their type and which one is the default. Pipe it to Format-List to see every property.',
  example: 'Get-AcceptedDomain | Format-Table Name, DomainName, DomainType, Default',
});

const removeAcceptedDomain = removeDomainCmdlet('AcceptedDomain', 'accepted domain', {
  synopsis: 'Stops the organization accepting mail for a domain.',
  description: 'Once removed, inbound mail for the domain is no longer treated as the organization\'s own, and recipients whose addresses use it stop receiving mail at those addresses. It asks for confirmation unless -Confirm:$false is given.',
  example: 'Remove-AcceptedDomain "Fabrikam" -Confirm:$false',
});

// ---- remote domains -------------------------------------------------------------------------------

const newRemoteDomain: CmdletSpec = {
  name: 'New-RemoteDomain',
  outputType: 'RemoteDomain',
  module: 'Exchange',
  synopsis: 'Adds a remote domain: settings for the mail the organization sends to one outside domain.',
  description: 'A remote domain decides, for messages sent to its SMTP domain, which automatic replies, forwards and reports may leave and how messages are formatted. Messages to domains without their own remote domain get the settings of the built-in Default (*).',
  parameterSets: [DEFAULT_SET],
  commonParameters: true,
  supportsShouldProcess: true,
  example: 'New-RemoteDomain -Name "Fabrikam" -DomainName fabrikam.com',
  parameters: [
    newName('remote domain'),
    newDomainName('The SMTP domain the settings apply to; *.fabrikam.com covers the domain and all its subdomains.'),
    confirmParameter,
    domainControllerParameter,
    whatIfParameter,
  ],
};

const trueByDefault = { default: flagDefault(true) };
const falseByDefault = { default: flagDefault(false) };

const setRemoteDomain: CmdletSpec = {
  name: 'Set-RemoteDomain',
  module: 'Exchange',
  synopsis: 'Changes what the organization sends to a remote domain and how messages to it are formatted.',
  description: 'Use it to allow or block automatic replies, auto-forwards, delivery reports and NDRs to the domain, and to choose the content type, character sets and TNEF encoding of outbound messages. The settings apply to messages leaving the organization for that domain.',
  parameterSets: [DEFAULT_SET],
  commonParameters: true,
  supportsShouldProcess: true,
  example: 'Set-RemoteDomain "Fabrikam" -AutoForwardEnabled $false -ContentType MimeText -TNEFEnabled $false',
  parameters: [
    domainIdentity('RemoteDomain', 'remote domain', 'change', true),
    setting('AllowedOOFType', oneOf('External', 'ExternalLegacy', 'InternalLegacy', 'None'),
      'Which out-of-office replies may go to the domain: external ones, legacy ones too, internal ones, or none.',
      { default: textDefault('External') }),
    setting('AutoForwardEnabled', bool, 'Whether messages auto-forwarded by users\' mail clients may be delivered to the domain.', trueByDefault),
    setting('AutoReplyEnabled', bool, 'Whether automatic replies from users\' mail clients (such as Outlook rules) may be delivered to the domain.', trueByDefault),
    setting('ByteEncoderTypeFor7BitCharsets',
      oneOf('Use7Bit', 'UseQP', 'UseBase64', 'UseQPHtmlDetectTextPlain', 'UseBase64HtmlDetectTextPlain',
        'UseQPHtml7BitTextPlain', 'UseBase64Html7BitTextPlain', 'Undefined'),
      'The MIME transfer encoding (7-bit, quoted-printable or Base64) for HTML and plain text in 7-bit character sets.',
      { default: textDefault('Undefined') }),
    setting('CharacterSet', characterSet, 'The character set given to outbound MIME messages that name none; $null leaves it unset.'),
    confirmParameter,
    setting('ContentType', oneOf('MimeHtmlText', 'MimeText', 'MimeHtml'),
      'The format outbound messages are converted to: HTML unless the original is text, always text, or always HTML.',
      { default: textDefault('MimeHtmlText') }),
    setting('DeliveryReportEnabled', bool, 'Whether delivery reports from users\' mail clients may be sent to the domain.', trueByDefault),
    setting('DisplaySenderName', bool, 'Whether the sender\'s display name appears in the From address; change it only on Microsoft support\'s advice.', trueByDefault),
    domainControllerParameter,
    setting('IsInternal', bool, 'Treats the domain\'s recipients as internal (cross-forest setups), for transport rules and every other transport component.', falseByDefault),
    setting('LineWrapSize', unlimitedInt(0, 132), 'The line length at which outbound message text is wrapped, 0 through 132 characters, or unlimited.', { default: UNLIMITED_DEFAULT }),
    setting('MeetingForwardNotificationEnabled', bool, 'Whether forwarding a meeting request to the domain notifies the organizer.', trueByDefault),
    setting('MessageCountThreshold', int(-INT32_MAX - 1, INT32_MAX),
      'The queued message count for the domain above which a health event is raised; the default means unmonitored.',
      { default: numberDefault(INT32_MAX), versions: FROM_2013 }),
    setting('Name', objectName, 'A new name for the remote domain, up to 64 characters.'),
    setting('NDRDiagnosticInfoEnabled', bool, 'Whether NDRs sent to the domain include diagnostic details such as internal server names.', trueByDefault),
    setting('NDREnabled', bool, 'Whether non-delivery reports from the organization may be sent to the domain.', trueByDefault),
    setting('NonMimeCharacterSet', characterSet, 'The character set given to outbound plain-text (non-MIME) messages that name none; $null leaves it unset.'),
    setting('PreferredInternetCodePageForShiftJis', oneOf('50220', '50221', '50222', 'Undefined'),
      'The code page used for Shift JIS (Japanese) text in messages to the domain.',
      { default: textDefault('Undefined') }),
    setting('RequiredCharsetCoverage', int(0, 100),
      'The percentage of a message\'s characters that must fit the preferred character set before automatic detection takes over.'),
    setting('TargetDeliveryDomain', bool, 'Uses this domain for the target addresses of mail users that stand for users of another forest.', falseByDefault),
    setting('TNEFEnabled', bool, 'Whether messages to the domain use TNEF (winmail.dat) encoding; $null leaves it to the recipient and Outlook settings.'),
    setting('TrustedMailInboundEnabled', bool, 'Treats mail from the domain as trusted, so it skips content and recipient filtering.', falseByDefault),
    setting('TrustedMailOutboundEnabled', bool, 'Treats mail to the domain as trusted, so it skips content and recipient filtering.', falseByDefault),
    setting('UseSimpleDisplayName', bool, 'Uses the sender\'s simple display name in the From address of messages to the domain.', falseByDefault),
    whatIfParameter,
  ],
};

const getRemoteDomain = getDomainCmdlet('RemoteDomain', 'remote domain', {
  synopsis: 'Shows one remote domain, or all of them.',
  description: 'Lists the outside domains with their own outbound mail settings, including the built-in Default (*). Pipe it to Format-List to see every setting.',
  example: 'Get-RemoteDomain Default | Format-List AutoForwardEnabled, AllowedOOFType, TNEFEnabled',
});

const removeRemoteDomain = removeDomainCmdlet('RemoteDomain', 'remote domain', {
  synopsis: 'Deletes a remote domain, so mail to that domain falls back to the Default settings.',
  description: 'Messages to the domain then get the settings of the closest remaining remote domain, usually the built-in Default (*). It asks for confirmation unless -Confirm:$false is given.',
  example: 'Remove-RemoteDomain "Fabrikam" -Confirm:$false',
});

export const DOMAIN_CMDLETS: readonly CmdletSpec[] = [
  newAcceptedDomain,
  setAcceptedDomain,
  getAcceptedDomain,
  removeAcceptedDomain,
  newRemoteDomain,
  setRemoteDomain,
  getRemoteDomain,
  removeRemoteDomain,
];
