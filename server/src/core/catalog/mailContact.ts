// The mail contact cmdlets (New-/Set-/Get-/Remove-MailContact): a mail contact is a recipient outside
// the organization with an address in the global address list, often reachable only through a
// connector, such as a fax number (`FAX:`) or an X.400 mailbox (`X400:`) behind a Foreign connector.
//
// Sources: Microsoft's cmdlet reference pages New-MailContact, Set-MailContact, Get-MailContact and
// Remove-MailContact (MicrosoftDocs/office-docs-powershell, exchange-ps/ExchangePowerShell/*.md):
// parameters, lengths, allowed values and defaults as documented there for on-premises Exchange.
// Parameters documented for Exchange Online only (UserCertificate, UserSMimeCertificate) are left out.

import {
  anyCase, anyObject, bool, confirmParameter, DEFAULT_SET, domainControllerParameter, flagDefault, identity,
  identityParameter, INT32_MAX, named, numberDefault, oneOf, setting, smtpAddress, sortedByName, switchValue,
  text, textDefault, UNLIMITED_DEFAULT, unlimitedInt, unlimitedSize, whatIfParameter,
} from './builders';
import type { CmdletSpec, ParameterSpec, ValueType } from './types';
import { DOMAIN_NAME } from './networkAddresses';

const smtpAddressPattern = `[^\\s@:]+@${DOMAIN_NAME}`;

/**
 * A ProxyAddress: `SMTP:` or `smtp:` before a valid SMTP address, a bare SMTP address, or any other
 * address type before a non-empty value (`X400:c=US;a= ;p=Fabrikam;s=Smith`, `FAX:+1 425 555 0100`),
 * whose syntax Exchange leaves to the gateway.
 */
const proxyAddress: ValueType = {
  kind: 'string',
  pattern: `^(?:(?:${anyCase('smtp')}:)?${smtpAddressPattern}|(?!${anyCase('smtp')}:)[A-Za-z0-9]+:\\S.*)$`,
  patternHint: 'must be an address such as SMTP:kim@fabrikam.com, kim@fabrikam.com, FAX:+14255550100 or X400:c=US;a= ;p=Fabrikam;s=Kim',
};

/** The Exchange alias: letters, digits and a few symbols; a period only between other characters. */
const aliasCharacter = "[A-Za-z0-9!#%*+\\-/=?^_~$&'`{}|\\u00A1-\\u00FF]";
const alias: ValueType = {
  kind: 'string',
  maxLength: 64,
  pattern: `^${aliasCharacter}+(?:\\.${aliasCharacter}+)*$`,
  patternHint: 'may hold letters, digits and ! # % * + - / = ? ^ _ ~ $ & \' ` { } |, with periods only between other characters',
};

const simpleDisplayName: ValueType = {
  kind: 'string',
  pattern: '^[A-Za-z0-9 "\'()+,\\-./:?]*$',
  patternHint: 'may hold only letters a-z, digits, spaces and " \' ( ) + , - . / : ?',
};

const mailTipTranslation: ValueType = {
  kind: 'string',
  pattern: '^[A-Za-z]{2}:.+$',
  patternHint: 'must be a two-letter language code, a colon and the text, e.g. ES:Esta caja no se supervisa.',
};

const dtmfMapEntry: ValueType = {
  kind: 'string',
  pattern: `^(?:${anyCase('emailAddress')}|${anyCase('lastNameFirstName')}|${anyCase('firstNameLastName')}):\\d+$`,
  patternHint: 'must be emailAddress:, lastNameFirstName: or firstNameLastName: followed by digits',
};

const name: ValueType = { kind: 'string', maxLength: 64 };
const displayName: ValueType = { kind: 'string', maxLength: 256 };
const customAttribute: ValueType = { kind: 'string', maxLength: 1024 };
/** Exchange caps a recipient's message size limits at Int32.MaxValue bytes (just under 2 GB). */
const messageSizeLimit = unlimitedSize(0, INT32_MAX);
const multiValuedProperty = { multiValued: true, multiValuedProperty: true } as const;
const recipients = identity('Recipient');

const ignoreDefaultScope = named('IgnoreDefaultScope', switchValue, 'Searches the whole forest instead of the session\'s recipient scope; the identity must then be a DN.');

const contactIdentity = (purpose: string, mandatory: boolean): ParameterSpec =>
  identityParameter('MailContact', `The mail contact to ${purpose}: its name, alias, DN, e-mail address or GUID.`, mandatory);

// ---- rows New- and Set-MailContact share --------------------------------------------------------

const aliasParameter = setting('Alias', alias, 'The mail nickname (at most 64 characters); without an address it forms alias@domain.');
const arbitrationMailbox = setting('ArbitrationMailbox', identity('Mailbox'), 'The arbitration mailbox that runs moderation for messages to this contact.');
const displayNameParameter = setting('DisplayName', displayName, 'The name shown in address lists (at most 256 characters); Name when omitted.');
const externalEmailAddress = (mandatory: boolean): ParameterSpec => setting('ExternalEmailAddress', proxyAddress,
  'The outside address mail to the contact is sent to, of any type: SMTP, X400, FAX or a custom one a connector serves.',
  mandatory ? { sets: { [DEFAULT_SET]: { mandatory: true } } } : {});
const macAttachmentFormat = setting('MacAttachmentFormat', oneOf('BinHex', 'UuEncode', 'AppleSingle', 'AppleDouble'),
  'How Macintosh attachments are encoded for the contact; Text messages allow BinHex or UuEncode, MIME ones BinHex or AppleSingle/AppleDouble.',
  { default: textDefault('BinHex') });
const messageBodyFormat = setting('MessageBodyFormat', oneOf('Text', 'Html', 'TextAndHtml'),
  'The body format of messages to the contact; with MessageFormat Text only Text is allowed.', { default: textDefault('TextAndHtml') });
const messageFormat = setting('MessageFormat', oneOf('Text', 'Mime'),
  'Whether messages to the contact are sent as plain text or MIME; set MessageBodyFormat to Text before choosing Text.', { default: textDefault('Mime') });
const moderatedBy = setting('ModeratedBy', recipients, 'The recipients who approve messages to the contact while moderation is on.', multiValuedProperty);
const moderationEnabled = setting('ModerationEnabled', bool, 'Whether messages to the contact wait for a moderator\'s approval.', { default: flagDefault(false) });
const primarySmtpAddress = setting('PrimarySmtpAddress', smtpAddress,
  'A primary reply address other than ExternalEmailAddress (for cross-forest setups); it turns off email address policies for the contact.');
const sendModerationNotifications = setting('SendModerationNotifications', oneOf('Always', 'Internal', 'Never'),
  'Which senders are told when a moderator rejects their message: all, internal only, or none.', { default: textDefault('Always') });
const usePreferMessageFormat = setting('UsePreferMessageFormat', bool,
  'When $true, the contact\'s own message format wins over the remote domain\'s and the sender\'s settings.', { default: flagDefault(false) });

// ---- New-MailContact ----------------------------------------------------------------------------

const newMailContact: CmdletSpec = {
  name: 'New-MailContact',
  outputType: 'MailContact',
  module: 'Exchange',
  synopsis: 'Creates a mail contact: an outside recipient with an address in the address book, of any address type.',
  description: 'Mail to the contact goes to its ExternalEmailAddress, so a FAX: or X400: address routes through the connector that serves that address space, such as a Foreign connector. Give the contact a Name and the external address; the rest is optional.',
  parameterSets: [DEFAULT_SET],
  commonParameters: true,
  supportsShouldProcess: true,
  example: 'New-MailContact -Name "Fabrikam Fax" -ExternalEmailAddress "FAX:+14255550100" -OrganizationalUnit "contoso.com/Contacts"',
  parameters: [
    setting('Name', name, 'The unique name of the contact (at most 64 characters); also its display name when DisplayName is omitted.', {
      sets: { [DEFAULT_SET]: { mandatory: true, position: 0 } },
    }),
    externalEmailAddress(true),
    aliasParameter,
    arbitrationMailbox,
    confirmParameter,
    displayNameParameter,
    domainControllerParameter,
    setting('FirstName', text, 'The contact\'s first name.'),
    setting('Initials', text, 'The contact\'s middle initials.'),
    setting('LastName', text, 'The contact\'s last name.'),
    macAttachmentFormat,
    messageBodyFormat,
    messageFormat,
    moderatedBy,
    moderationEnabled,
    named('OrganizationalUnit', identity('OrganizationalUnit'), 'The Active Directory OU or domain the contact is created in.'),
    primarySmtpAddress,
    sendModerationNotifications,
    usePreferMessageFormat,
    whatIfParameter,
  ],
};

// ---- Set-MailContact ----------------------------------------------------------------------------

const customAttributes: ParameterSpec[] = Array.from({ length: 15 }, (_, index) =>
  setting(`CustomAttribute${index + 1}`, customAttribute, `Free text (at most 1024 characters) kept on the contact for filters and address lists, slot ${index + 1}.`));

const extensionCustomAttributes: ParameterSpec[] = Array.from({ length: 5 }, (_, index) =>
  setting(`ExtensionCustomAttribute${index + 1}`, text, `Up to 1300 free-text values kept on the contact for filters, slot ${index + 1}.`, multiValuedProperty));

/** Who may or may not send to the contact: senders, groups' members, or either. */
const senderRestrictions: ParameterSpec[] = [
  setting('AcceptMessagesOnlyFrom', recipients, 'The only individual senders whose messages the contact accepts; others are rejected.', multiValuedProperty),
  setting('AcceptMessagesOnlyFromDLMembers', recipients, 'The groups whose members alone may send to the contact.', multiValuedProperty),
  setting('AcceptMessagesOnlyFromSendersOrMembers', recipients, 'The senders and groups alone allowed to send to the contact.', multiValuedProperty),
  setting('BypassModerationFromSendersOrMembers', recipients, 'Senders and groups whose messages to the contact skip moderation.', multiValuedProperty),
  setting('RejectMessagesFrom', recipients, 'Individual senders whose messages to the contact are rejected.', multiValuedProperty),
  setting('RejectMessagesFromDLMembers', recipients, 'Groups whose members\' messages to the contact are rejected.', multiValuedProperty),
  setting('RejectMessagesFromSendersOrMembers', recipients, 'Senders and groups whose messages to the contact are rejected.', multiValuedProperty),
];


const SET_MAIL_CONTACT_SETTINGS: ParameterSpec[] = [
  ...senderRestrictions,
  aliasParameter,
  arbitrationMailbox,
  confirmParameter,
  setting('CreateDTMFMap', bool, 'Whether a telephone-keypad (DTMF) map is created so Unified Messaging callers can find the contact.', { default: flagDefault(true) }),
  ...customAttributes,
  displayNameParameter,
  domainControllerParameter,
  setting('EmailAddresses', proxyAddress, 'Every address of the contact, each Type:Address (SMTP: marks the primary one); replaces the list unless @{Add=...} is used.',
    multiValuedProperty),
  setting('EmailAddressPolicyEnabled', bool, 'Whether email address policies keep the contact\'s addresses up to date.', { default: flagDefault(true) }),
  ...extensionCustomAttributes,
  externalEmailAddress(false),
  named('ForceUpgrade', switchValue, 'Skips the prompt shown when the contact was created by an older Exchange version.'),
  setting('GrantSendOnBehalfTo', recipients, 'Who may send on behalf of the contact; replies still go to the contact.', multiValuedProperty),
  setting('HiddenFromAddressListsEnabled', bool, 'When $true the contact does not appear in address lists.', { default: flagDefault(false) }),
  ignoreDefaultScope,
  macAttachmentFormat,
  setting('MailTip', text, 'The MailTip text senders see when they address the contact.'),
  setting('MailTipTranslations', mailTipTranslation, 'The MailTip in other languages, each Culture:Text such as ES:Texto.', multiValuedProperty),
  setting('MaxReceiveSize', messageSizeLimit, 'The largest message the contact may receive; unlimited leaves it to the organization, server and connector limits.',
    { default: UNLIMITED_DEFAULT }),
  setting('MaxRecipientPerMessage', unlimitedInt(0, INT32_MAX), 'The most recipients a message from the contact may have; unlimited leaves it to other limits.',
    { default: UNLIMITED_DEFAULT }),
  setting('MaxSendSize', messageSizeLimit, 'The largest message the contact may send; unlimited leaves it to the organization, server and connector limits.',
    { default: UNLIMITED_DEFAULT }),
  messageBodyFormat,
  messageFormat,
  moderatedBy,
  moderationEnabled,
  setting('Name', name, 'A new unique name for the contact (at most 64 characters).'),
  primarySmtpAddress,
  named('RemovePicture', switchValue, 'Removes the contact\'s picture.'),
  named('RemoveSpokenName', switchValue, 'Removes the contact\'s recorded spoken name.'),
  setting('RequireSenderAuthenticationEnabled', bool, 'When $true only authenticated (internal) senders may send to the contact.'),
  setting('SecondaryAddress', text, 'The secondary address a Unified Messaging-enabled contact uses.'),
  setting('SecondaryDialPlan', text, 'A second Unified Messaging dial plan, used to create a secondary proxy address.'),
  sendModerationNotifications,
  setting('SimpleDisplayName', simpleDisplayName, 'A plain-ASCII display name for systems that cannot show every character.'),
  setting('UMDtmfMap', dtmfMapEntry, 'Telephone-keypad map values, each emailAddress:, lastNameFirstName: or firstNameLastName: and digits.',
    multiValuedProperty),
  setting('UseMapiRichTextFormat', oneOf('Always', 'Never', 'UseDefaultSettings'),
    'Whether Outlook rich text (TNEF) is kept for the contact, converted to plain text, or left to the remote domain and sender.',
    { default: textDefault('UseDefaultSettings') }),
  usePreferMessageFormat,
  whatIfParameter,
  setting('WindowsEmailAddress', smtpAddress, 'The Active Directory mail attribute; under an email address policy it adds an address, otherwise it replaces the primary one.'),
];

const setMailContact: CmdletSpec = {
  name: 'Set-MailContact',
  module: 'Exchange',
  synopsis: 'Changes a mail contact: its external address, other addresses, delivery restrictions, limits and formats.',
  description: 'Changing ExternalEmailAddress re-routes mail for the contact to the connector for the new address type; the old address is not kept. Multi-valued settings replace the list, or take @{Add=...; Remove=...}.',
  parameterSets: [DEFAULT_SET],
  commonParameters: true,
  supportsShouldProcess: true,
  example: 'Set-MailContact "Fabrikam Fax" -ExternalEmailAddress "FAX:+14255550199" -HiddenFromAddressListsEnabled $true',
  parameters: [contactIdentity('change', true), ...sortedByName(SET_MAIL_CONTACT_SETTINGS)],
};

// ---- Get- and Remove-MailContact ----------------------------------------------------------------

const getMailContact: CmdletSpec = {
  name: 'Get-MailContact',
  outputType: 'MailContact',
  module: 'Exchange',
  synopsis: 'Shows one mail contact, or the contacts that match a search or filter.',
  description: 'Without parameters it lists up to 1000 contacts; -Anr searches names and aliases, -Filter takes an OPATH filter. Pipe the result to Format-List to see ExternalEmailAddress and EmailAddresses.',
  parameterSets: ['Identity', 'AnrSet'],
  commonParameters: true,
  example: 'Get-MailContact -Anr Fabrikam | Format-Table Name, ExternalEmailAddress',
  parameters: [
    named('Identity', identity('MailContact'), 'The mail contact to show: its name, alias, DN, e-mail address or GUID.', {
      sets: { Identity: { position: 0, valueFromPipeline: true } },
    }),
    named('ANR', text, 'Finds contacts whose name, display name, first or last name, or alias begins with this text.', { sets: { AnrSet: {} } }),
    named('Credential', anyObject, 'Other credentials to run the command with, from Get-Credential.'),
    domainControllerParameter,
    named('Filter', text, 'An OPATH filter such as "Name -like \'Fabrikam*\'" that the contacts must match.'),
    ignoreDefaultScope,
    named('OrganizationalUnit', identity('OrganizationalUnit'), 'Shows only contacts in this Active Directory OU or domain.'),
    named('ReadFromDomainController', switchValue, 'Reads from a domain controller of the user\'s domain rather than a possibly stale global catalog.'),
    named('RecipientTypeDetails', oneOf('MailContact', 'MailForestContact'), 'Shows only contacts of these subtypes.', { multiValued: true }),
    named('ResultSize', unlimitedInt(), 'The most contacts to return; unlimited returns all.', { default: numberDefault(1000) }),
    named('SortBy', oneOf('Name', 'DisplayName', 'Alias'), 'The property the results are sorted by, ascending.'),
  ],
};

const removeMailContact: CmdletSpec = {
  name: 'Remove-MailContact',
  module: 'Exchange',
  synopsis: 'Deletes a mail contact and its Active Directory contact object.',
  description: 'Mail addressed to the contact\'s addresses is no longer resolved from the address book. It asks for confirmation unless -Confirm:$false is given.',
  parameterSets: [DEFAULT_SET],
  commonParameters: true,
  supportsShouldProcess: true,
  example: 'Remove-MailContact "Fabrikam Fax" -Confirm:$false',
  parameters: [
    contactIdentity('delete', true),
    confirmParameter,
    domainControllerParameter,
    ignoreDefaultScope,
    whatIfParameter,
  ],
};

export const MAIL_CONTACT_CMDLETS: readonly CmdletSpec[] = [newMailContact, setMailContact, getMailContact, removeMailContact];
