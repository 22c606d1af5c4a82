// The transport rule cmdlets (New-/Set-/Get-/Remove-/Enable-/Disable-TransportRule): the rules the
// Transport service applies to every message it handles, each made of conditions, exceptions and
// actions.
//
// Sources: Microsoft's cmdlet reference pages New-TransportRule, Set-TransportRule, Get-TransportRule,
// Remove-TransportRule, Enable-TransportRule and Disable-TransportRule (MicrosoftDocs/office-docs-powershell,
// exchange-ps/ExchangePowerShell/*.md): names, types, allowed values, ranges, defaults and the
// "Applicable" versions. Parameters the reference marks as available only in the cloud-based service
// are left out.
//
// New- and Set- share every condition, exception and action, so each is written once below:
// a condition with an exception twin (FromAddressContainsWords / ExceptIfFromAddressContainsWords)
// is one PREDICATES row, from which both parameters are derived. The two cmdlets differ only in how
// the rule is named (-Name mandatory and positional on New-, -Identity on Set-) and in the two
// settings that exist only when a rule is created (-Enabled, -UseLegacyRegex).
//
// Get-TransportRule shows every condition, exception, action and rule setting under its parameter's
// own name (SentToScope, ExceptIfSenderDomainIs, PrependSubject, Priority...), so ruleCmdletParameters
// gives each the property of that name in one place; only -Enabled differs (see enabledParameter).
// The parameters that steer the command (Identity, Confirm, WhatIf, DomainController) store nothing.
//
// Not verified against a running Exchange: the numeric values of the enums. The values are listed in
// the reference's order, which the enum conversion takes as value order for a number given instead
// of a name.

import {
  bool, confirmParameter, dateTime, DEFAULT_SET, domainControllerParameter, flagDefault, identity,
  identityParameter, inDefaultSet, int, INT32_MAX, named, numberDefault, oneOf, size, sortedByName, text,
  textDefault, unlimitedInt, whatIfParameter,
} from './builders';
import type { CmdletSpec, DefaultSpec, ExchangeVersion, ParameterSpec, ValueType } from './types';
import { ipRange } from './networkAddresses';
import { FROM_2013, FROM_2016 } from './exchangeVersions';


// ---- value types --------------------------------------------------------------------------------

/** Recipients and groups by name, alias, DN, address or GUID (RecipientIdParameter[]). */
const recipients: ValueType = identity('Recipient');
/** Word[] and Pattern[]: plain text items; a pattern is a regular expression Exchange compiles itself. */
const words = text;
const patterns = text;

/** Text that must match a regular expression; the hint says in words what is expected. */
function textMatching(pattern: string, patternHint: string): ValueType {
  return { kind: 'string', pattern, patternHint };
}

/** A header field name: printable ASCII without spaces or colons (RFC 5322 field-name). */
const headerName: ValueType = textMatching('^[!-9;-~]+$', 'must be a header field name such as X-Contoso-Scan, without spaces or a colon');

const domainName: ValueType = textMatching('^(?!-)[A-Za-z0-9-]{1,63}(?<!-)(?:\\.(?!-)[A-Za-z0-9-]{1,63}(?<!-))*\\.?$', 'must be a domain name such as contoso.com');

/** `Attribute:Word1,Word2`: the attribute (or document property) names the field searched. */
const adAttributeWords: ValueType = textMatching('^[A-Za-z0-9]+:.+$', 'must be written AttributeName:Word, such as "City:San Francisco,Palo Alto"');
const documentPropertyWords: ValueType = textMatching('^[^:]+:.+$', 'must be written PropertyName:Word, such as "Business Impact:High"');


/** The Active Directory attributes rules can compare (ADAttribute). */
const AD_ATTRIBUTES = [
  'City', 'Company', 'Country',
  ...Array.from({ length: 15 }, (_, index) => `CustomAttribute${index + 1}`),
  'Department', 'DisplayName', 'Email', 'FaxNumber', 'FirstName', 'HomePhoneNumber', 'Initials', 'LastName',
  'Manager', 'MobileNumber', 'Notes', 'Office', 'OtherFaxNumber', 'OtherHomePhoneNumber', 'OtherPhoneNumber',
  'PagerNumber', 'PhoneNumber', 'POBox', 'State', 'Street', 'Title', 'UserLogonName', 'ZipCode',
];

/** The spam confidence level: -1 (bypassed filtering) through 9. */
const sclValue = int(-1, 9);
const ruleMode = oneOf('Audit', 'AuditAndNotify', 'Enforce');
const importance = oneOf('Low', 'Normal', 'High');

// ---- conditions and their exceptions ------------------------------------------------------------

/** A condition and, derived from it, its ExceptIf exception. */
interface Predicate {
  name: string;
  type: ValueType;
  /**
   * `match`: the messages (or recipients) it selects, completed to "Applies the rule to ..." and
   * "Exempts ... from the rule". `part`: a whole sentence for a predicate that only qualifies another.
   * `{ExceptIf}` stands for the name prefix, so the exception refers to its own partner parameter.
   */
  text: string;
  style: 'match' | 'part';
  list?: 'array' | 'multiValuedProperty';
  versions?: readonly ExchangeVersion[];
  default?: DefaultSpec;
}

function match(name: string, type: ValueType, what: string, extra: Partial<Predicate> = {}): Predicate {
  return { name, type, text: what, style: 'match', ...extra };
}

function part(name: string, type: ValueType, sentence: string, extra: Partial<Predicate> = {}): Predicate {
  return { name, type, text: sentence, style: 'part', ...extra };
}

const array = { list: 'array' } as const;

const PREDICATES: readonly Predicate[] = [
  match('ADComparisonAttribute', oneOf(...AD_ATTRIBUTES), 'messages whose sender and recipients agree (or, with {ExceptIf}ADComparisonOperator NotEqual, differ) in this Active Directory attribute'),
  part('ADComparisonOperator', oneOf('Equal', 'NotEqual'), 'How {ExceptIf}ADComparisonAttribute compares the sender\'s attribute with the recipients\'.', { default: textDefault('Equal') }),
  match('AnyOfCcHeader', recipients, 'messages with any of these recipients in the Cc field (acting on all recipients)', array),
  match('AnyOfCcHeaderMemberOf', recipients, 'messages with a member of these groups in the Cc field (acting on all recipients)', array),
  match('AnyOfRecipientAddressContainsWords', words, 'messages where any recipient address contains one of these words (acting on all recipients)', array),
  match('AnyOfRecipientAddressMatchesPatterns', patterns, 'messages where any recipient address matches one of these regular expressions (acting on all recipients)', array),
  match('AnyOfToCcHeader', recipients, 'messages with any of these recipients in the To or Cc field (acting on all recipients)', array),
  match('AnyOfToCcHeaderMemberOf', recipients, 'messages with a member of these groups in the To or Cc field (acting on all recipients)', array),
  match('AnyOfToHeader', recipients, 'messages with any of these recipients in the To field (acting on all recipients)', array),
  match('AnyOfToHeaderMemberOf', recipients, 'messages with a member of these groups in the To field (acting on all recipients)', array),
  match('AttachmentContainsWords', words, 'messages with an attachment whose content contains one of these words', array),
  match('AttachmentExtensionMatchesWords', words, 'messages with an attachment whose file extension is one of these words', { ...array, versions: FROM_2013 }),
  match('AttachmentHasExecutableContent', bool, 'messages with an executable attachment ($true), judged by the file itself rather than its extension', { versions: FROM_2013 }),
  match('AttachmentIsPasswordProtected', bool, 'messages with a password-protected attachment, whose content cannot be inspected ($true)', { versions: FROM_2013 }),
  match('AttachmentIsUnsupported', bool, 'messages with an attachment of a file type rules cannot inspect ($true)'),
  match('AttachmentMatchesPatterns', patterns, 'messages with an attachment whose content (its first 150 KB) matches one of these regular expressions', array),
  match('AttachmentNameMatchesPatterns', patterns, 'messages with an attachment whose file name matches one of these regular expressions', array),
  match('AttachmentProcessingLimitExceeded', bool, 'messages whose attachments could not be scanned completely ($true)', { versions: FROM_2013 }),
  match('AttachmentPropertyContainsWords', documentPropertyWords, 'messages with an Office attachment whose document property holds one of these words, written Property:Word', { ...array, versions: FROM_2016 }),
  match('AttachmentSizeOver', size(0), 'messages with any attachment (embedded images included) larger than this size'),
  match('BetweenMemberOf1', recipients, 'messages sent between members of these groups and members of the {ExceptIf}BetweenMemberOf2 groups', array),
  match('BetweenMemberOf2', recipients, 'messages sent between members of these groups and members of the {ExceptIf}BetweenMemberOf1 groups', array),
  match('ContentCharacterSetContainsWords', words, 'messages written in one of these character sets, by name', { ...array, versions: FROM_2013 }),
  match('From', recipients, 'messages from these senders', array),
  match('FromAddressContainsWords', words, 'messages whose sender address contains one of these words', array),
  match('FromAddressMatchesPatterns', patterns, 'messages whose sender address matches one of these regular expressions', array),
  match('FromMemberOf', recipients, 'messages from members of these groups', array),
  match('FromScope', oneOf('InOrganization', 'NotInOrganization'), 'messages whose sender is inside (InOrganization) or outside (NotInOrganization) the organization'),
  match('HasClassification', text, 'messages carrying this message classification (see Get-MessageClassification)'),
  match('HasNoClassification', bool, 'messages without any message classification ($true) or with one ($false)'),
  match('HasSenderOverride', bool, 'messages whose sender chose to override a DLP policy ($true)', { versions: FROM_2013 }),
  part('HeaderContainsMessageHeader', headerName, 'The header field {ExceptIf}HeaderContainsWords searches.'),
  match('HeaderContainsWords', words, 'messages whose header field named by {ExceptIf}HeaderContainsMessageHeader contains one of these words', array),
  part('HeaderMatchesMessageHeader', headerName, 'The header field {ExceptIf}HeaderMatchesPatterns searches.'),
  match('HeaderMatchesPatterns', patterns, 'messages whose header field named by {ExceptIf}HeaderMatchesMessageHeader matches one of these regular expressions', array),
  part('ManagerAddresses', recipients, 'The managers {ExceptIf}ManagerForEvaluatedUser looks for.', array),
  match('ManagerForEvaluatedUser', oneOf('Recipient', 'Sender'), 'messages where a user in {ExceptIf}ManagerAddresses manages a recipient (Recipient) or the sender (Sender)'),
  match('MessageContainsDataClassifications', { kind: 'object' }, 'messages containing these sensitive information types, each written @{Name="Credit Card Number"; minCount="1"}', { ...array, versions: FROM_2013 }),
  match('MessageSizeOver', size(0), 'messages larger than this size, attachments included', { versions: FROM_2013 }),
  match('MessageTypeMatches', oneOf('OOF', 'AutoForward', 'Encrypted', 'Calendaring', 'PermissionControlled', 'Voicemail', 'Signed', 'ApprovalRequest', 'ReadReceipt'), 'messages of this kind, such as automatic replies (OOF), automatic forwards or meeting requests'),
  match('RecipientADAttributeContainsWords', adAttributeWords, 'recipients with one of these words in an Active Directory attribute, written Attribute:Word', array),
  match('RecipientADAttributeMatchesPatterns', adAttributeWords, 'recipients with an Active Directory attribute matching a regular expression, written Attribute:Pattern', array),
  match('RecipientAddressContainsWords', words, 'recipients whose address contains one of these words', array),
  match('RecipientAddressMatchesPatterns', patterns, 'recipients whose address matches one of these regular expressions', array),
  match('RecipientDomainIs', domainName, 'recipients in these domains or their subdomains', { ...array, versions: FROM_2013 }),
  match('SCLOver', sclValue, 'messages whose spam confidence level is at least this value (-1 through 9)'),
  match('SenderADAttributeContainsWords', adAttributeWords, 'messages whose sender has one of these words in an Active Directory attribute, written Attribute:Word', array),
  match('SenderADAttributeMatchesPatterns', adAttributeWords, 'messages whose sender has an Active Directory attribute matching a regular expression, written Attribute:Pattern', array),
  match('SenderDomainIs', domainName, 'messages from senders in these domains or their subdomains (where to look: SenderAddressLocation)', { ...array, versions: FROM_2013 }),
  match('SenderIpRanges', ipRange, 'messages from these IP addresses, address ranges or CIDR blocks', { list: 'multiValuedProperty', versions: FROM_2013 }),
  match('SenderManagementRelationship', oneOf('Manager', 'DirectReport'), 'messages whose sender manages a recipient (Manager) or reports to one (DirectReport)'),
  match('SentTo', recipients, 'messages sent to these recipients', array),
  match('SentToMemberOf', recipients, 'messages sent to members of these groups', array),
  match('SentToScope', oneOf('InOrganization', 'NotInOrganization', 'ExternalPartner', 'ExternalNonPartner'), 'messages by where their recipients are: inside the organization, outside it, at a Domain Security partner or at a non-partner'),
  match('SubjectContainsWords', words, 'messages whose subject contains one of these words', array),
  match('SubjectMatchesPatterns', patterns, 'messages whose subject matches one of these regular expressions', array),
  match('SubjectOrBodyContainsWords', words, 'messages whose subject or body contains one of these words', array),
  match('SubjectOrBodyMatchesPatterns', patterns, 'messages whose subject or body matches one of these regular expressions', array),
  match('WithImportance', importance, 'messages marked with this importance'),
];

const EXCEPT_IF = 'ExceptIf';

function predicateParameter(predicate: Predicate, exception: boolean): ParameterSpec {
  const prefix = exception ? EXCEPT_IF : '';
  const what = predicate.text.replace(/\{ExceptIf\}/g, prefix);
  const description = predicate.style === 'part'
    ? `${exception ? 'Exception' : 'Condition'}: ${what}`
    : exception ? `Exempts ${what} from the rule.` : `Applies the rule to ${what}.`;
  return named(`${prefix}${predicate.name}`, predicate.type, description, {
    ...(predicate.list ? { multiValued: true } : {}),
    ...(predicate.list === 'multiValuedProperty' ? { multiValuedProperty: true } : {}),
    ...(predicate.versions ? { versions: predicate.versions } : {}),
    ...(predicate.default ? { default: predicate.default } : {}),
  });
}

// ---- actions ------------------------------------------------------------------------------------

const multi = { multiValued: true } as const;

const ACTIONS: readonly ParameterSpec[] = [
  named('AddManagerAsRecipientType', oneOf('To', 'Cc', 'Bcc', 'Redirect'), 'Adds the sender\'s manager to the To, Cc or Bcc field, or redirects the message to the manager alone.'),
  named('AddToRecipients', recipients, 'Adds these recipients to the To field.', multi),
  named('ApplyClassification', text, 'Stamps this message classification (from New-MessageClassification) on the message.'),
  named('ApplyHtmlDisclaimerFallbackAction', oneOf('Wrap', 'Ignore', 'Reject'),
    'What happens when the disclaimer cannot be inserted (signed or encrypted mail): wrap the original as an attachment, skip the rule, or return it in an NDR.',
    { default: textDefault('Wrap') }),
  named('ApplyHtmlDisclaimerLocation', oneOf('Append', 'Prepend'), 'Puts the disclaimer at the end (Append) or the start (Prepend) of the body.', { default: textDefault('Append') }),
  named('ApplyHtmlDisclaimerText', { kind: 'string', maxLength: 5000 }, 'Adds this disclaimer (HTML allowed, %%DisplayName%%-style sender tokens expanded) to the message body.'),
  named('ApplyRightsProtectionTemplate', text, 'Protects the message with this Rights Management template (by name; needs AD RMS).'),
  named('BlindCopyTo', recipients, 'Adds these recipients to the Bcc field.', multi),
  named('CopyTo', recipients, 'Adds these recipients to the Cc field.', multi),
  named('DeleteMessage', bool, 'Drops the message silently, without an NDR ($true).'),
  named('Disconnect', bool, 'On an Edge Transport server, ends the SMTP session without an NDR ($true).'),
  named('GenerateIncidentReport', recipients, 'Sends an incident report, with the content chosen by IncidentReportContent, to this recipient.', { versions: FROM_2013 }),
  named('GenerateNotification', { kind: 'string', maxLength: 5120 }, 'Sends each matched recipient a notification with this text (HTML and %%Subject%%-style tokens allowed).', { versions: FROM_2016 }),
  named('IncidentReportContent', oneOf('Sender', 'Recipients', 'Subject', 'CC', 'BCC', 'Severity', 'RuleDetections', 'FalsePositive', 'IdMatch', 'AttachOriginalMail'),
    'The message details the incident report includes; AttachOriginalMail attaches the whole message.', { ...multi, versions: FROM_2013 }),
  named('IncidentReportOriginalMail', oneOf('IncludeOriginalMail', 'DoNotIncludeOriginalMail'),
    'Deprecated: whether the incident report carries the original message; use IncidentReportContent AttachOriginalMail instead.',
    { versions: ['2013'], default: textDefault('DoNotIncludeOriginalMail') }),
  named('LogEventText', text, 'On an Edge Transport server, writes this text to the Application event log (event 4000).'),
  named('ModerateMessageByManager', bool, 'Holds the message until the sender\'s manager approves it ($true).'),
  named('ModerateMessageByUser', recipients, 'Holds the message until one of these users (not groups) approves it.', multi),
  named('NotifySender', oneOf('NotifyOnly', 'RejectMessage', 'RejectUnlessFalsePositiveOverride', 'RejectUnlessSilentOverride', 'RejectUnlessExplicitOverride'),
    'Tells an internal sender about a DLP violation, and whether the message is delivered, rejected, or rejected unless the sender overrides.', { versions: FROM_2013 }),
  named('PrependSubject', text, 'Puts this text in front of the subject; end it with a space or ": ".'),
  named('Quarantine', bool, 'On an Edge Transport server, sends the message to the spam quarantine mailbox ($true); later rules are not run.'),
  named('RedirectMessageTo', recipients, 'Delivers the message to these recipients instead of the original ones.', multi),
  named('RejectMessageEnhancedStatusCode', textMatching('^5\\.7\\.(?:1|9\\d\\d)$', 'must be 5.7.1 or 5.7.900 through 5.7.999'),
    'Rejects the message with an NDR carrying this enhanced status code.'),
  named('RejectMessageReasonText', { kind: 'string', maxLength: 256 }, 'Rejects the message with an NDR carrying this explanation.'),
  named('RemoveHeader', headerName, 'Removes this header field from the message.'),
  named('RouteMessageOutboundRequireTls', bool, 'Requires TLS when the message is delivered outside the organization ($true).', { versions: FROM_2013 }),
  named('SetAuditSeverity', oneOf('DoNotAudit', 'Low', 'Medium', 'High'), 'The severity written to the incident report and the message tracking log for a DLP violation.', { versions: FROM_2013 }),
  named('SetHeaderName', headerName, 'Adds or overwrites this header field; give its value with SetHeaderValue.'),
  named('SetHeaderValue', text, 'The value SetHeaderName writes to the header field.'),
  named('SetSCL', sclValue, 'Stamps this spam confidence level (-1 through 9) on the message; -1 bypasses spam filtering.'),
  // The reference says 400 through 500 yet defaults to 550, which SMTP rejections need: any 4xx or
  // 5xx code is accepted so that the documented default itself is not an error.
  named('SmtpRejectMessageRejectStatusCode', int(400, 599), 'On an Edge Transport server, rejects the message during the SMTP session with this status code.', { default: numberDefault(550) }),
  named('SmtpRejectMessageRejectText', text, 'On an Edge Transport server, the text that goes with the SMTP rejection.', { default: textDefault('Delivery not authorized, message refused') }),
  named('StopRuleProcessing', bool, 'Skips the rules of lower priority once this one has matched ($true).', { versions: FROM_2013 }),
];

// ---- settings of the rule itself ----------------------------------------------------------------

const ruleName: ValueType = { kind: 'string', maxLength: 64 };

/** A parameter that stores the rule property of its own name, unless its row names another. */
function storedAsProperty(parameter: ParameterSpec): ParameterSpec {
  return parameter.property !== undefined ? parameter : { ...parameter, property: parameter.name };
}

/** Shared with Enable-TransportRule, which can change the mode as it enables the rule. */
const modeParameter = storedAsProperty(named('Mode', ruleMode,
  'Enforce takes the actions; Audit only logs them to message tracking, and AuditAndNotify also sends notifications.',
  { versions: FROM_2013, default: textDefault('Enforce') }));

const RULE_SETTINGS: readonly ParameterSpec[] = [
  named('ActivationDate', dateTime, 'The rule acts on no message before this date and time.', { versions: FROM_2013 }),
  named('Comments', { kind: 'string', maxLength: 1024 }, 'A note for administrators about what the rule is for.'),
  named('DlpPolicy', text, 'The data loss prevention policy the rule belongs to.', { versions: FROM_2013 }),
  named('ExpiryDate', dateTime, 'The rule acts on no message after this date and time.', { versions: FROM_2013 }),
  modeParameter,
  named('Priority', int(0, INT32_MAX), 'The rule\'s place in processing order, 0 first; a new rule goes last, and taking a used value moves the others down.'),
  named('RuleErrorAction', oneOf('Ignore', 'Defer'), 'When the rule cannot be processed: deliver the message anyway (Ignore) or defer it for another try (Defer).', { versions: FROM_2013, default: textDefault('Ignore') }),
  named('RuleSubType', oneOf('Dlp', 'None'), 'Whether the rule belongs to a DLP policy (Dlp) or is a plain transport rule (None).', { versions: FROM_2013, default: textDefault('None') }),
  named('SenderAddressLocation', oneOf('Header', 'Envelope', 'HeaderOrEnvelope'),
    'Where sender conditions look for the address: the From header, the SMTP envelope (MAIL FROM), or both.', { versions: FROM_2013, default: textDefault('Header') }),
];

/** The parameters that say how to run New- or Set-, not what the rule holds. */
const RULE_CONTROLS: readonly ParameterSpec[] = [confirmParameter, domainControllerParameter, whatIfParameter];

/** Every condition, exception and action, and the rule's own settings: what New- and Set- share. */
function sharedRuleParameters(): ParameterSpec[] {
  return [
    ...PREDICATES.flatMap((predicate) => [predicateParameter(predicate, false), predicateParameter(predicate, true)]),
    ...ACTIONS,
    ...RULE_SETTINGS,
  ];
}

/** New- or Set-: the steering parameters, then the cmdlet's own rows and the shared ones, each storing its property. */
function ruleCmdletParameters(controls: readonly ParameterSpec[], own: readonly ParameterSpec[]): ParameterSpec[] {
  return sortedByName([...controls, ...RULE_CONTROLS, ...[...own, ...sharedRuleParameters()].map(storedAsProperty)]);
}

/**
 * A rule has no Enabled property: Get-TransportRule shows State, Enabled or Disabled (the value its
 * -State filters on and Enable-/Disable-TransportRule set), so -Enabled stores its word there.
 */
const enabledParameter = named('Enabled', bool, 'Creates the rule enabled ($true, the default) or disabled ($false); the rule shows it as its State.', {
  default: flagDefault(true), property: 'State', propertyValues: { true: 'Enabled', false: 'Disabled' },
});

function ruleIdentity(verb: string, mandatory = true): ParameterSpec {
  return identityParameter('TransportRule', `The rule to ${verb}, by name, distinguished name or GUID.`, mandatory);
}

// ---- cmdlets ------------------------------------------------------------------------------------

const newTransportRule: CmdletSpec = {
  name: 'New-TransportRule',
  outputType: 'TransportRule',
  module: 'Exchange',
  synopsis: 'Creates a transport rule: conditions and exceptions that select messages, and actions taken on them.',
  description: 'Every message the Transport service handles is checked against the rules in priority order, so one rule can redirect, copy, stamp or reject mail organization-wide. A new rule is enabled and goes last unless -Enabled or -Priority say otherwise.',
  parameterSets: [DEFAULT_SET],
  commonParameters: true,
  supportsShouldProcess: true,
  example: 'New-TransportRule "Fax to Fabrikam gateway" -RecipientDomainIs fax.contoso.com -SetHeaderName X-Contoso-Route -SetHeaderValue Fax -Priority 0',
  parameters: ruleCmdletParameters([], [
    named('Name', ruleName, 'The rule\'s unique name, up to 64 characters.', { sets: inDefaultSet({ mandatory: true, position: 0 }) }),
    enabledParameter,
    named('UseLegacyRegex', bool, 'Reads the rule\'s regular expressions with Exchange 2010 syntax ($true) instead of the 2013 and later syntax.', { versions: FROM_2013 }),
  ]),
};

const setTransportRule: CmdletSpec = {
  name: 'Set-TransportRule',
  module: 'Exchange',
  synopsis: 'Changes the conditions, exceptions, actions or settings of a transport rule.',
  description: 'Only the parameters given change; a condition, exception or action is removed by setting it to $null. The change reaches every Transport service once Active Directory has replicated it.',
  parameterSets: [DEFAULT_SET],
  commonParameters: true,
  supportsShouldProcess: true,
  example: 'Set-TransportRule "Fax to Fabrikam gateway" -ExceptIfFromScope NotInOrganization -StopRuleProcessing $true',
  parameters: ruleCmdletParameters([ruleIdentity('change')], [
    named('Name', ruleName, 'A new name for the rule, up to 64 characters.'),
  ]),
};

const getTransportRule: CmdletSpec = {
  name: 'Get-TransportRule',
  outputType: 'TransportRule',
  module: 'Exchange',
  synopsis: 'Shows one transport rule, or all of them in priority order.',
  description: 'Lists the rules that apply to mail flow with their state, mode and priority; pipe a rule to Format-List to see its conditions, exceptions and actions.',
  parameterSets: [DEFAULT_SET],
  commonParameters: true,
  example: 'Get-TransportRule -State Enabled | Format-Table Name,State,Mode,Priority',
  parameters: [
    ruleIdentity('show (all rules when omitted)', false),
    named('DlpPolicy', text, 'Shows only the rules of this data loss prevention policy.', { versions: FROM_2013 }),
    domainControllerParameter,
    named('Filter', text, 'Shows only rules whose Description matches this OPATH filter, such as "Description -like \'*192.168.1.1*\'".', { versions: FROM_2013 }),
    named('ResultSize', unlimitedInt(0, INT32_MAX), 'The most rules to return; unlimited returns all.', { versions: FROM_2013, default: numberDefault(1000) }),
    named('State', oneOf('Enabled', 'Disabled'), 'Shows only enabled or only disabled rules; both when omitted.'),
  ],
};

const removeTransportRule: CmdletSpec = {
  name: 'Remove-TransportRule',
  module: 'Exchange',
  synopsis: 'Deletes a transport rule.',
  description: 'Messages stop being checked against the rule as soon as the deletion replicates, which can change mail flow for the whole organization. It asks for confirmation unless -Confirm:$false is given.',
  parameterSets: [DEFAULT_SET],
  commonParameters: true,
  supportsShouldProcess: true,
  example: 'Remove-TransportRule "Fax to Fabrikam gateway" -Confirm:$false',
  parameters: [ruleIdentity('delete'), confirmParameter, domainControllerParameter, whatIfParameter],
};

const enableTransportRule: CmdletSpec = {
  name: 'Enable-TransportRule',
  module: 'Exchange',
  synopsis: 'Turns a disabled transport rule on, optionally in audit mode.',
  description: 'The rule is evaluated against messages again from its priority on. With -Mode Audit or AuditAndNotify its actions are only logged, which tests a rule on live mail first.',
  parameterSets: [DEFAULT_SET],
  commonParameters: true,
  supportsShouldProcess: true,
  example: 'Enable-TransportRule "Fax to Fabrikam gateway" -Mode Audit',
  parameters: [ruleIdentity('enable'), confirmParameter, domainControllerParameter, modeParameter, whatIfParameter],
};

const disableTransportRule: CmdletSpec = {
  name: 'Disable-TransportRule',
  module: 'Exchange',
  synopsis: 'Turns a transport rule off without deleting it.',
  description: 'Messages are no longer checked against the rule, but it keeps its conditions, actions and priority so Enable-TransportRule can bring it back.',
  parameterSets: [DEFAULT_SET],
  commonParameters: true,
  supportsShouldProcess: true,
  example: 'Disable-TransportRule "Fax to Fabrikam gateway" -Confirm:$false',
  parameters: [ruleIdentity('disable'), confirmParameter, domainControllerParameter, whatIfParameter],
};

export const TRANSPORT_RULE_CMDLETS: readonly CmdletSpec[] = [
  newTransportRule,
  setTransportRule,
  getTransportRule,
  removeTransportRule,
  enableTransportRule,
  disableTransportRule,
];
