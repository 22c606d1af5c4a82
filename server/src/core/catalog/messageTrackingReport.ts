// The delivery report cmdlets: Search-MessageTrackingReport finds a mailbox's sent or received
// messages, Get-MessageTrackingReport follows one of them to its recipients.
//
// Sources: Microsoft's cmdlet reference pages Search-MessageTrackingReport and Get-MessageTrackingReport
// (MicrosoftDocs/office-docs-powershell, exchange-ps/ExchangePowerShell/*.md): the two parameter sets of
// the search (SearchAsSender with a mandatory -Sender, SearchAsRecipient with -Recipients), the value
// lists of -TraceLevel, -DetailLevel, -ReportTemplate and -Status, ResultSize default 1000, and
// -MessageEntryId reserved for Microsoft's internal use. Neither reference names a default set; the
// search keeps the reference's order.

import {
  confirmParameter, DEFAULT_SET, domainControllerParameter, identity, inDefaultSet, INT32_MAX, named,
  numberDefault, oneOf, smtpAddress, switchValue, text, unlimitedInt, whatIfParameter,
} from './builders';
import type { CmdletSpec, ParameterSpec } from './types';

const BOTH_SEARCHES = ['SearchAsSender', 'SearchAsRecipient'] as const;

const traceLevel = named('TraceLevel', oneOf('Low', 'Medium', 'High'),
  'How much diagnostic data about the search itself comes back (Low, Medium, High), for troubleshooting tracking.');

const doNotResolve = named('DoNotResolve', switchValue, 'Leaves email addresses unresolved to display names, which is faster but harder to read.');

const resultSize = (what: string): ParameterSpec =>
  named('ResultSize', unlimitedInt(0, INT32_MAX), `The most ${what} to return; unlimited returns every one.`, { default: numberDefault(1000) });

const searchMessageTrackingReport: CmdletSpec = {
  name: 'Search-MessageTrackingReport',
  module: 'Exchange',
  synopsis: 'Finds the messages a mailbox sent or received, as delivery report IDs to pass to Get-MessageTrackingReport.',
  description: 'Without -Sender the mailbox is the sender and -Recipients narrows the search; with -Sender the mailbox is the recipient. Each result carries a MessageTrackingReportId that Get-MessageTrackingReport expands into the message\'s delivery path.',
  parameterSets: [...BOTH_SEARCHES],
  commonParameters: true,
  supportsShouldProcess: true,
  example: 'Search-MessageTrackingReport -Identity "Ayla Kol" -Recipients "fax.desk@fabrikam.com" -BypassDelegateChecking',
  parameters: [
    named('Identity', identity('Mailbox'), 'The mailbox the search is about: the sender, or the recipient when -Sender is given.', {
      sets: Object.fromEntries(BOTH_SEARCHES.map((set) => [set, { mandatory: true, position: 0, valueFromPipeline: true }])),
    }),
    named('Sender', smtpAddress, 'Looks for messages from this address to the -Identity mailbox; not with -Recipients.', {
      sets: { SearchAsSender: { mandatory: true } },
    }),
    named('Recipients', smtpAddress, 'Looks for messages from the -Identity mailbox to any of these addresses; not with -Sender.', {
      multiValued: true, sets: { SearchAsRecipient: {} },
    }),
    named('BypassDelegateChecking', switchValue, 'Lets administrators and help desk staff search any user\'s messages, not only their own.'),
    confirmParameter,
    domainControllerParameter,
    doNotResolve,
    named('MessageEntryId', text, 'Reserved for Microsoft\'s internal use.', { reserved: true }),
    named('MessageId', text, 'Looks for the message with this Message-ID header, angle brackets included.'),
    resultSize('messages'),
    named('Subject', text, 'Looks for messages with this subject.'),
    traceLevel,
    whatIfParameter,
  ],
};

const getMessageTrackingReport: CmdletSpec = {
  name: 'Get-MessageTrackingReport',
  module: 'Exchange',
  synopsis: 'Shows the delivery report of one message: where it went and whether each recipient got it.',
  description: 'Takes a MessageTrackingReportId from Search-MessageTrackingReport (piped or given) and follows the message across servers to its recipients. -ReportTemplate Summary gives every recipient\'s status; RecipientPath gives one recipient\'s full path.',
  parameterSets: [DEFAULT_SET],
  commonParameters: true,
  example: 'Search-MessageTrackingReport -Identity "Ayla Kol" -Sender "orders@fabrikam.com" | Get-MessageTrackingReport -ReportTemplate Summary -Status Unsuccessful',
  parameters: [
    named('Identity', identity('MessageTrackingReport'), 'The delivery report to show: a MessageTrackingReportId found by Search-MessageTrackingReport.', {
      sets: inDefaultSet({ mandatory: true, position: 0, valueFromPipeline: true }),
    }),
    named('BypassDelegateChecking', switchValue, 'Lets administrators and help desk staff read delivery reports of any user\'s messages.'),
    named('DetailLevel', oneOf('Basic', 'Verbose'), 'Basic for a user-level report; Verbose adds server names and the routing topology.'),
    domainControllerParameter,
    doNotResolve,
    named('RecipientPathFilter', smtpAddress, 'The one recipient whose path -ReportTemplate RecipientPath reports.'),
    named('Recipients', text, 'The recipients whose status -ReportTemplate Summary reports.', { multiValued: true }),
    named('ReportTemplate', oneOf('RecipientPath', 'Summary'), 'The shape of the report: one recipient\'s detailed path, or a summary over the recipients.'),
    resultSize('report entries'),
    named('Status', oneOf('Delivered', 'Read', 'Pending', 'Transferred', 'Unsuccessful'), 'Shows only recipients with this delivery status.'),
    traceLevel,
  ],
};

export const MESSAGE_TRACKING_REPORT_CMDLETS: readonly CmdletSpec[] = [
  searchMessageTrackingReport,
  getMessageTrackingReport,
];
