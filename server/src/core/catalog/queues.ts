// The queue and message cmdlets of the Queue Viewer: Get-Queue, Retry-/Suspend-/Resume-Queue,
// Get-QueueDigest, Get-Message, Suspend-/Resume-/Remove-/Export-/Redirect-Message.
//
// Sources: Microsoft's cmdlet reference pages of those cmdlets (MicrosoftDocs/office-docs-powershell,
// exchange-ps/ExchangePowerShell/*.md): parameter sets, mandatory and positions, pipeline input, the
// versions of each parameter (Get-QueueDigest, Redirect-Message and Get-Queue -Include/-Exclude from
// Exchange 2013 on), the value lists of Get-QueueDigest -DetailsLevel and -GroupBy, and the defaults
// (ResultSize 1000, SearchForward and IncludeBookmark $true, ReturnPageInfo $false, WithNDR $true,
// Get-QueueDigest -Timeout 10 seconds). The reference names no default parameter set; the first set
// below is the one a bare invocation reads most naturally as (Identity where it exists).
// -Filter is OPATH text over the properties of queueViewerObjects.ts, checked by filterAcceptance.ts.

import {
  anyObject, bool, confirmParameter, DEFAULT_SET, flagDefault, fqdn, identity, inDefaultSet, int, INT32_MAX,
  named, numberDefault, oneOf, switchValue, text, textDefault, TIMESPAN_MAX, timespan, unlimitedInt,
  whatIfParameter,
} from './builders';
import type { CmdletSpec, FilterTarget, ParameterSetMembership, ParameterSpec, ValueType } from './types';
import { FROM_2013 } from './exchangeVersions';


const QUEUE_IDENTITY = 'written Server\\Queue or Queue, such as Hub01\\contoso.com or Unreachable';
const MESSAGE_IDENTITY = 'written Server\\Queue\\Number, Queue\\Number or Number, such as Hub01\\contoso.com\\42';

const QUEUE_FILTER_EXAMPLE = '"Status -eq \'Retry\'"';
const MESSAGE_FILTER_EXAMPLE = '"FromAddress -like \'*@fabrikam.com\'"';

/** OPATH filter text over queues or messages. */
function opathFilter(of: FilterTarget): ValueType {
  return { kind: 'filter', of };
}

/** A property name for -SortOrder, `+` (ascending) or `-` (descending) in front. */
const sortEntry: ValueType = {
  kind: 'string',
  pattern: '^[+-]?[A-Za-z][A-Za-z0-9]*$',
  patternHint: 'must be a property name, optionally preceded by + (ascending) or - (descending), such as -Size',
};

// ---- parameters shared by the Queue Viewer cmdlets ----------------------------------------------

/** The paging and sorting parameters Get-Queue and Get-Message share. */
function viewerParameters(what: 'queues' | 'messages', bookmark: string): ParameterSpec[] {
  return [
    named('BookmarkIndex', int(1, INT32_MAX), `The 1-based position in the full result list where the shown ${what} begin; not with -BookmarkObject.`),
    named('BookmarkObject', anyObject, `A ${bookmark} object from an earlier result where the shown ${what} begin; not with -BookmarkIndex.`),
    named('IncludeBookmark', bool, 'Whether the bookmark object itself is part of the results when paging with a bookmark.', { default: flagDefault(true) }),
    named('ResultSize', unlimitedInt(0, INT32_MAX), `The most ${what} to return; unlimited returns every match.`, { default: numberDefault(1000) }),
    named('ReturnPageInfo', bool, 'A hidden setting: $true adds the total number of matches and the index of the page\'s first item to the results.', { default: flagDefault(false) }),
    named('SearchForward', bool, `Whether the page of ${what} is counted forward ($true) or backward from the start or the bookmark.`, { default: flagDefault(true) }),
    named('SortOrder', sortEntry, `The properties to sort the ${what} by, each prefixed + for ascending or - for descending.`, { multiValued: true }),
  ];
}

/** The -Server of the Filter set: where the command runs, the local server when omitted. */
function filterServer(set: string): ParameterSpec {
  return named('Server', identity('Server'), 'The Exchange server (name, FQDN or DN) whose queues the command works on; the local server when omitted.', {
    sets: { [set]: { valueFromPipeline: true } },
  });
}

/** The mandatory OPATH -Filter of an action cmdlet's Filter set. */
function actionFilter(of: FilterTarget, objects: 'queues' | 'messages', example: string): ParameterSpec {
  return named('Filter', opathFilter(of), `An OPATH filter choosing the ${objects} to act on, such as ${example}; combine conditions with -and.`, {
    sets: { Filter: { mandatory: true } },
  });
}

function mandatoryIdentity(of: 'Queue' | 'Message', purpose: string, membership: ParameterSetMembership = { mandatory: true, position: 0, valueFromPipeline: true }): ParameterSpec {
  const how = of === 'Queue' ? QUEUE_IDENTITY : MESSAGE_IDENTITY;
  return named('Identity', identity(of), `The ${of.toLowerCase()} to ${purpose}, ${how}.`, { sets: { Identity: membership } });
}

// ---- queues -------------------------------------------------------------------------------------

const getQueue: CmdletSpec = {
  name: 'Get-Queue',
  module: 'Exchange',
  synopsis: 'Shows the delivery queues of a transport server and how many messages wait in each.',
  description: 'Every next hop (a remote domain, a connector, a mailbox delivery group) has its own queue on each transport server, and Get-Queue shows their status, message count and last error. Use it to see whether mail for a Foreign or Delivery Agent connector is piling up or retrying.',
  parameterSets: ['Identity', 'Server'],
  commonParameters: true,
  outputType: 'Queue',
  example: 'Get-Queue -Server Hub01 -Filter "MessageCount -gt 100" | Format-List Identity, Status, LastError',
  parameters: [
    named('Identity', identity('Queue'), `The queue to show, ${QUEUE_IDENTITY}; every queue when omitted.`, {
      sets: { Identity: { position: 0, valueFromPipeline: true } },
    }),
    ...viewerParameters('queues', 'queue'),
    named('Exclude', text, 'Leaves out queues of this kind: Internal, External, or a delivery type such as SmtpDeliveryToMailbox.', { versions: FROM_2013 }),
    named('Filter', opathFilter('Queue'), `An OPATH filter choosing the queues to show, such as ${QUEUE_FILTER_EXAMPLE}; combine conditions with -and.`, {
      sets: { Server: {} },
    }),
    named('Include', text, 'Shows only queues of this kind: Internal, External, or a delivery type such as SmtpDeliveryToMailbox.', { versions: FROM_2013 }),
    filterServer('Server'),
  ],
};

/** What an action cmdlet acts on: the identity kind and the example its -Filter shows. */
interface ActionTarget {
  of: 'Queue' | 'Message';
  objects: 'queues' | 'messages';
  filterExample: string;
}

const QUEUES: ActionTarget = { of: 'Queue', objects: 'queues', filterExample: QUEUE_FILTER_EXAMPLE };
const MESSAGES: ActionTarget = { of: 'Message', objects: 'messages', filterExample: MESSAGE_FILTER_EXAMPLE };

/**
 * Retry-, Suspend-, Resume-Queue and Suspend-, Resume-, Remove-Message: one object by -Identity, or
 * the objects a -Filter picks on a server.
 */
function filterOrIdentityAction(target: ActionTarget, name: string, synopsis: string, description: string, purpose: string, example: string, extra: ParameterSpec[] = []): CmdletSpec {
  return {
    name,
    module: 'Exchange',
    synopsis,
    description,
    parameterSets: ['Identity', 'Filter'],
    commonParameters: true,
    supportsShouldProcess: true,
    example,
    parameters: [
      mandatoryIdentity(target.of, purpose),
      actionFilter(target.of, target.objects, target.filterExample),
      confirmParameter,
      ...extra,
      filterServer('Filter'),
      whatIfParameter,
    ],
  };
}

const retryQueue = filterOrIdentityAction(
  QUEUES,
  'Retry-Queue',
  'Makes a queue in Retry state try to connect to its next hop at once.',
  'A queue whose next hop was unreachable waits for its retry interval; Retry-Queue skips the wait. With -Resubmit $true the messages go back through categorization first, for example after a connector or routing change.',
  'retry',
  'Retry-Queue -Filter "Status -eq \'Retry\'" -Server Hub01 -Resubmit $true',
  [named('Resubmit', bool, 'Whether the queued messages are sent back to the categorizer, so routing is worked out again, before the connection attempt.')],
);

const suspendQueue = filterOrIdentityAction(
  QUEUES,
  'Suspend-Queue',
  'Stops delivery from a queue; its messages stay queued until it is resumed.',
  'A suspended queue keeps accepting messages but delivers none, which holds mail for a next hop during maintenance or a gateway outage. Resume-Queue starts delivery again.',
  'suspend',
  'Suspend-Queue -Identity "Hub01\\Fabrikam Fax Connector" -Confirm:$false',
);

const resumeQueue = filterOrIdentityAction(
  QUEUES,
  'Resume-Queue',
  'Restarts delivery from a suspended queue.',
  'Undoes Suspend-Queue: the queue goes back to Ready or Retry and its messages are delivered again. Suspended messages inside the queue stay suspended until Resume-Message.',
  'resume',
  'Resume-Queue -Filter "Status -eq \'Suspended\'" -Server Hub01',
);

const getQueueDigest: CmdletSpec = {
  name: 'Get-QueueDigest',
  module: 'Exchange',
  synopsis: 'Summarizes the delivery queues of many servers at once: by server, DAG, Active Directory site or forest.',
  description: 'Instead of asking each server, it reads the queue data the transport servers publish and groups it, by next-hop domain unless -GroupBy says otherwise. It is the quick way to find where mail is backing up across an organization; the figures are a minute or two old.',
  parameterSets: ['Server', 'Dag', 'Site', 'Forest'],
  versions: FROM_2013,
  commonParameters: true,
  example: 'Get-QueueDigest -Site "Contoso-HQ" -GroupBy LastError -DetailsLevel Verbose',
  parameters: [
    named('Server', identity('Server'), 'Summarizes the queues of these Exchange servers; not with -Dag, -Site or -Forest.', {
      multiValued: true, multiValuedProperty: true, sets: { Server: { mandatory: true, valueFromPipeline: true } },
    }),
    named('Dag', text, 'Summarizes the queues of the servers in these database availability groups; not with -Server, -Site or -Forest.', {
      multiValued: true, multiValuedProperty: true, sets: { Dag: { mandatory: true, valueFromPipeline: true } },
    }),
    named('Site', text, 'Summarizes the queues of the servers in these Active Directory sites; not with -Server, -Dag or -Forest.', {
      multiValued: true, multiValuedProperty: true, sets: { Site: { mandatory: true, valueFromPipeline: true } },
    }),
    named('Forest', switchValue, 'Summarizes the queues of every server in the Active Directory forest; not with -Server, -Dag or -Site.', {
      sets: { Forest: { mandatory: true } },
    }),
    named('DetailsLevel', oneOf('None', 'Normal', 'Verbose'), 'How much detail each summary line carries: None, Normal or Verbose.', { default: textDefault('Normal') }),
    named('Filter', opathFilter('Queue'), `An OPATH filter choosing the queues to summarize, such as ${QUEUE_FILTER_EXAMPLE}; combine conditions with -and.`),
    named('GroupBy', oneOf('DeliveryType', 'LastError', 'NextHopCategory', 'NextHopDomain', 'NextHopKey', 'RiskLevel', 'Status', 'ServerName', 'OutboundIPPool'),
      'The queue property the summary groups by.', { default: textDefault('NextHopDomain') }),
    named('ResultSize', unlimitedInt(0, INT32_MAX), 'How many groups to show, those with the most messages first; unlimited shows all.', { default: numberDefault(1000) }),
    named('Timeout', timespan(0, TIMESPAN_MAX), 'How long to wait for the servers\' queue data before giving up, as dd.hh:mm:ss.', { default: textDefault('00:00:10') }),
  ],
};

// ---- messages -----------------------------------------------------------------------------------

const getMessage: CmdletSpec = {
  name: 'Get-Message',
  module: 'Exchange',
  synopsis: 'Shows the messages waiting in the queues of a transport server.',
  description: 'Lists queued messages with their sender, subject, size, status and last error, for one message, one queue (-Queue or piped from Get-Queue) or every queue matching a filter. Use it to see what is stuck behind a connector before retrying, suspending or removing it.',
  parameterSets: ['Identity', 'Filter', 'Queue'],
  commonParameters: true,
  outputType: 'Message',
  example: 'Get-Queue -Identity "Hub01\\contoso.com" | Get-Message -ResultSize 50 | Format-Table FromAddress, Subject, Status',
  parameters: [
    named('Identity', identity('Message'), `The message to show, ${MESSAGE_IDENTITY}.`, { sets: { Identity: { position: 0 } } }),
    ...viewerParameters('messages', 'message'),
    named('Filter', opathFilter('Message'), `An OPATH filter choosing the messages to show, such as ${MESSAGE_FILTER_EXAMPLE}; combine conditions with -and.`, {
      sets: { Filter: {} },
    }),
    named('IncludeComponentLatencyInfo', switchValue, 'Adds how long each transport component held every message on this server.'),
    named('IncludeRecipientInfo', switchValue, 'Fills in the Recipients field with each recipient\'s address, status and last error.'),
    named('Queue', identity('Queue'), `Shows the messages of this queue, ${QUEUE_IDENTITY}; not with -Identity, -Filter or -Server.`, {
      sets: { Queue: { valueFromPipeline: true } },
    }),
    filterServer('Filter'),
  ],
};

const suspendMessage = filterOrIdentityAction(
  MESSAGES,
  'Suspend-Message',
  'Holds queued messages so they are not delivered until resumed.',
  'A suspended message stays in its queue but is skipped by delivery, which keeps it from reaching a gateway while a problem is investigated. Suspend a message before Export-Message copies it.',
  'suspend',
  'Suspend-Message -Filter "FromAddress -eq \'fax@fabrikam.com\'" -Server Hub01',
);

const resumeMessage = filterOrIdentityAction(
  MESSAGES,
  'Resume-Message',
  'Releases suspended messages for delivery again.',
  'Undoes Suspend-Message; a message held in the poison message queue is resubmitted. A message in a suspended queue moves again only once the queue is resumed too.',
  'resume',
  'Resume-Message -Identity "Hub01\\Fabrikam Fax Connector\\42"',
);

const removeMessage = filterOrIdentityAction(
  MESSAGES,
  'Remove-Message',
  'Deletes messages from the queues, with or without a non-delivery report to the sender.',
  'The message is removed from every queue it is in and never delivered. By default the sender gets a non-delivery report; -WithNDR $false deletes silently, as for spam.',
  'delete',
  'Remove-Message -Filter "FromAddress -like \'*@spam.fabrikam.com\'" -Server Hub01 -WithNDR $false -Confirm:$false',
  [named('WithNDR', bool, 'Whether the sender receives a non-delivery report for each removed message.', { default: flagDefault(true) })],
);

const exportMessage: CmdletSpec = {
  name: 'Export-Message',
  module: 'Exchange',
  synopsis: 'Copies a queued message out of its queue, as .eml data to save to a file.',
  description: 'The message must be suspended first; the copy leaves the queued message in place. The exported bytes (the FileData property), with the envelope as X-Sender and X-Receiver fields at the top, are written to a file with AssembleMessage, and such a file can go into a Replay directory to resubmit the message.',
  parameterSets: [DEFAULT_SET],
  commonParameters: true,
  supportsShouldProcess: true,
  example: 'Export-Message -Identity "Hub01\\contoso.com\\42" | AssembleMessage -Path "C:\\Export\\42.eml"',
  parameters: [
    named('Identity', identity('Message'), `The suspended message to copy, ${MESSAGE_IDENTITY}.`, {
      sets: inDefaultSet({ mandatory: true, position: 0, valueFromPipeline: true }),
    }),
    confirmParameter,
    whatIfParameter,
  ],
};

// AssembleMessage is not a cmdlet of the reference but a filter the Exchange Management Shell defines
// for Export-Message's output, as its reference page shows: it adds each object's FileData bytes to
// the file at -Path (Add-Content -Encoding Byte), so exporting twice to one file appends.
const assembleMessage: CmdletSpec = {
  name: 'AssembleMessage',
  module: 'Exchange',
  synopsis: 'Writes the message bytes that Export-Message sends down the pipeline into a file.',
  description: 'A filter of the Exchange Management Shell: each piped object\'s FileData is added to the end of the file, which is created when missing. Give each exported message its own file name.',
  parameterSets: [DEFAULT_SET],
  commonParameters: false,
  example: 'Export-Message "Hub01\\contoso.com\\42" | AssembleMessage -Path "C:\\Export\\42.eml"',
  parameters: [
    named('Path', text, 'The file the message is written to, such as C:\\Export\\42.eml.', { sets: inDefaultSet({ mandatory: true, position: 0 }) }),
  ],
};

const redirectMessage: CmdletSpec = {
  name: 'Redirect-Message',
  module: 'Exchange',
  synopsis: 'Moves the messages of a server\'s delivery queues to other Mailbox servers, to drain it for maintenance.',
  description: 'Before a Mailbox server is taken down, its active delivery queues are emptied by handing their messages to the target servers, which deliver them instead. Run it while the server\'s transport is being drained for maintenance.',
  parameterSets: [DEFAULT_SET],
  versions: FROM_2013,
  commonParameters: true,
  supportsShouldProcess: true,
  example: 'Redirect-Message -Server Mbx01 -Target mbx02.contoso.com',
  parameters: [
    named('Server', identity('Server'), 'The Exchange server whose delivery queues are drained.', { sets: inDefaultSet({ mandatory: true }) }),
    named('Target', fqdn, 'The Mailbox servers, by FQDN, that take over the drained messages.', {
      multiValued: true, multiValuedProperty: true, sets: inDefaultSet({ mandatory: true }),
    }),
    confirmParameter,
    whatIfParameter,
  ],
};

export const QUEUE_CMDLETS: readonly CmdletSpec[] = [
  getQueue,
  retryQueue,
  suspendQueue,
  resumeQueue,
  getQueueDigest,
  getMessage,
  suspendMessage,
  resumeMessage,
  removeMessage,
  exportMessage,
  assembleMessage,
  redirectMessage,
];
