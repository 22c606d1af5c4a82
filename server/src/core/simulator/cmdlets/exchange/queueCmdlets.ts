// The Queue Viewer cmdlets over the simulator's queues (transport/queueViewer.ts): Get-Queue and
// Get-Message show them with the properties the catalog lists for the Queue and Message objects;
// Retry-, Suspend- and Resume-Queue and Suspend-, Resume- and Remove-Message change them. A queue is
// named `Server\<number>` or `Server\Submission` (the server part may be left out), or by its next
// hop; a message `Server\<queue>\<id>`. -Filter is the OPATH text the checker reads
// (values/opathFilter.ts), evaluated with PowerShell's comparison rules.

import { FILTER_OBJECTS } from '../../../catalog/queueViewerObjects';
import type { FilterTarget, ValueType } from '../../../catalog/types';
import { nameKey } from '../../../model/identity';
import { parseSize } from '../../../values/byteQuantifiedSize';
import { parseFilter, type FilterNode } from '../../../values/opathFilter';
import { storedSizeText } from '../../../values/settingValue';
import { compare } from '../../interpreter/comparison';
import { PsDateTime, PsObject, type PsValue } from '../../interpreter/psValue';
import type { MessageView, QueueView, QueueViewer } from '../../transport/queueViewer';
import type { CmdletCall, CmdletImplementation } from '../cmdlet';
import { exchangeError, fail, invalidOperation } from './exchangeErrors';

type Values = Record<string, PsValue>;

const date = (iso: string | null | undefined) => (iso ? new PsDateTime(new Date(iso)) : null);

/** A queue's properties in their raw form (sizes in bytes, times as dates), for output and for -Filter. */
function queueValues(queue: QueueView): Values {
  return {
    Identity: queue.identity, DeliveryType: queue.deliveryType, NextHopDomain: queue.nextHopDomain, TlsDomain: null,
    NextHopConnector: queue.nextHopConnector ?? '00000000-0000-0000-0000-000000000000', Status: queue.status,
    MessageCount: queue.messageCount, LastError: queue.lastError, RetryCount: queue.lastRetryTime ? 1 : 0,
    LastRetryTime: date(queue.lastRetryTime), NextRetryTime: null, FirstRetryTime: date(queue.lastRetryTime),
    DeferredMessageCount: 0, LockedMessageCount: 0, IncomingRate: 0, OutgoingRate: 0, Velocity: 0, NextHopCategory: queue.folder ? 'External' : 'Internal',
  };
}

function messageValues(queue: QueueView, message: MessageView): Values {
  const entry = message.entry;
  return {
    Identity: message.identity, Subject: entry.subject, InternetMessageId: entry.messageId, FromAddress: entry.sender,
    Status: message.status, Size: entry.totalBytes, MessageSourceName: entry.sourceName ?? 'FromLocal', SourceIP: entry.sourceIp ?? '127.0.0.1', SCL: 0,
    DateReceived: date(entry.queuedAt), ExpirationTime: null, LastError: message.status === 'Retry' ? entry.reason : null,
    RetryCount: entry.lastRetryTime ? 1 : 0, Queue: queue.identity, Recipients: [...entry.recipients], DeferReason: null,
    Priority: 'Normal', OriginalFromAddress: entry.sender, Directionality: 'Originating',
  };
}

function outputObject(target: FilterTarget, values: Values): PsObject {
  const object = new PsObject(target);
  for (const property of FILTER_OBJECTS[target].properties) {
    const value = values[property.name] ?? null;
    object.set(property.name, property.name === 'Size' && typeof value === 'number' ? storedSizeText(value) : value);
  }
  return object;
}

/** Whether the values pass the OPATH filter; a comparison's text is read as its property's type. */
function passes(node: FilterNode | undefined, values: Values, target: FilterTarget): boolean {
  if (!node) return true;
  switch (node.kind) {
    case 'and':
      return passes(node.left, values, target) && passes(node.right, values, target);
    case 'or':
      return passes(node.left, values, target) || passes(node.right, values, target);
    case 'not':
      return !passes(node.operand, values, target);
    case 'comparison': {
      const spec = FILTER_OBJECTS[target].properties.find((property) => nameKey(property.name) === nameKey(node.property.text));
      const left = spec ? values[spec.name] ?? null : null;
      return compare(node.operator.text, left, filterValue(node.value.text, spec?.filter)).value === true;
    }
  }
}

function filterValue(text: string, type: ValueType | undefined): PsValue {
  if (text.toLowerCase() === '$null') return null;
  if (text.toLowerCase() === '$true' || text.toLowerCase() === '$false') return text.toLowerCase() === '$true';
  if (type?.kind === 'size') {
    const size = parseSize(text);
    return size && !size.unlimited ? size.bytes : text;
  }
  if (type?.kind === 'int' && text.trim() !== '' && Number.isFinite(Number(text))) return Number(text);
  if (type?.kind === 'dateTime' && !Number.isNaN(Date.parse(text))) return new PsDateTime(new Date(text));
  return text;
}

/** The filter's tree, or undefined after an error for text the run cannot read (the checker shows where). */
function filterOf(call: CmdletCall): { root?: FilterNode } | undefined {
  const text = call.parameters.text('Filter');
  if (text === undefined) return {};
  const parsed = parseFilter(text);
  if (parsed.problems.length > 0) {
    call.error(exchangeError(call.spec, `The filter "${text}" can't be read: ${parsed.problems[0].message}`, 'InvalidArgument', 'FilterParsingException'));
    return undefined;
  }
  return parsed.root ? { root: parsed.root } : {};
}

/** `Hub01\3`, `3`, `Hub01\Submission` or a next hop: the server part, when written, must be the local server. */
function queueMatches(queue: QueueView, written: string, localServer: string): boolean {
  const slash = written.lastIndexOf('\\');
  const server = slash >= 0 ? written.slice(0, slash) : '';
  const name = nameKey(written.slice(slash + 1));
  if (server && nameKey(server) !== nameKey(localServer) && !nameKey(server).startsWith(`${nameKey(localServer)}.`)) return false;
  return name === nameKey(queue.identity.slice(queue.identity.lastIndexOf('\\') + 1)) || name === nameKey(queue.nextHopDomain);
}

function notFound(call: CmdletCall, what: string, identity: string) {
  return exchangeError(call.spec, `The ${what} "${identity}" couldn't be found. Check the identity with Get-${what === 'queue' ? 'Queue' : 'Message'}.`, 'ObjectNotFound', 'ObjectNotFoundException');
}

async function viewerOf(call: CmdletCall): Promise<QueueViewer> {
  return call.frame.run.simulator.queueViewer();
}

/** The queues the command names by -Identity or -Filter (all of them when neither is given). */
function selectedQueues(call: CmdletCall, viewer: QueueViewer): QueueView[] | undefined {
  const filter = filterOf(call);
  if (!filter) return undefined;
  const identity = call.parameters.text('Identity');
  const local = call.frame.run.simulator.organization.localServer;
  const queues = viewer.queues.filter((queue) => (identity === undefined || queueMatches(queue, identity, local)) && passes(filter.root, queueValues(queue), 'Queue'));
  if (identity !== undefined && queues.length === 0) return fail(call, notFound(call, 'queue', identity));
  return queues;
}

/** The messages the command names by -Identity, -Queue or -Filter, with their queues. */
function selectedMessages(call: CmdletCall, viewer: QueueViewer): { queue: QueueView; message: MessageView }[] | undefined {
  const filter = filterOf(call);
  if (!filter) return undefined;
  const identity = call.parameters.text('Identity');
  const queueName = call.parameters.text('Queue');
  const local = call.frame.run.simulator.organization.localServer;
  const found = viewer.queues.flatMap((queue) => queue.messages.map((message) => ({ queue, message })))
    .filter(({ queue, message }) => (identity === undefined || messageMatches(queue, message, identity, local))
      && (queueName === undefined || queueMatches(queue, queueName, local))
      && passes(filter.root, messageValues(queue, message), 'Message'));
  if (identity !== undefined && found.length === 0) return fail(call, notFound(call, 'message', identity));
  return found;
}

function messageMatches(queue: QueueView, message: MessageView, written: string, localServer: string): boolean {
  const slash = written.lastIndexOf('\\');
  if (slash < 0 || written.slice(slash + 1).trim() !== String(message.internalId)) return false;
  return queueMatches(queue, written.slice(0, slash), localServer);
}

const getQueue: CmdletImplementation = {
  name: 'Get-Queue',
  pipeline: 'perObject',
  async run(call) {
    const queues = selectedQueues(call, await viewerOf(call));
    for (const queue of queues ?? []) call.output(outputObject('Queue', queueValues(queue)));
  },
};

const getMessage: CmdletImplementation = {
  name: 'Get-Message',
  pipeline: 'perObject',
  async run(call) {
    const found = selectedMessages(call, await viewerOf(call));
    for (const { queue, message } of found ?? []) call.output(outputObject('Message', messageValues(queue, message)));
  },
};

/** A queue command: the change it makes to each queue it names, and what -WhatIf says. */
function queueCommand(name: string, verb: string, change: (viewer: QueueViewer, queue: QueueView, call: CmdletCall) => Promise<void>): CmdletImplementation {
  return {
    name,
    pipeline: 'perObject',
    async run(call) {
      const viewer = await viewerOf(call);
      for (const queue of selectedQueues(call, viewer) ?? []) {
        if (call.whatIf) {
          call.host([`What if: ${verb} queue "${queue.identity}".`]);
          continue;
        }
        await change(viewer, queue, call);
      }
    },
  };
}

function messageCommand(name: string, verb: string, change: (viewer: QueueViewer, queue: QueueView, message: MessageView, call: CmdletCall) => Promise<void>): CmdletImplementation {
  return {
    name,
    pipeline: 'perObject',
    async run(call) {
      const viewer = await viewerOf(call);
      for (const { queue, message } of selectedMessages(call, viewer) ?? []) {
        if (call.whatIf) {
          call.host([`What if: ${verb} message "${message.identity}".`]);
          continue;
        }
        await change(viewer, queue, message, call);
      }
    },
  };
}

/**
 * Export-Message writes a BinaryFileDataObject whose FileData holds the message's bytes, for
 * AssembleMessage to write into a file. Exchange exports only a suspended message.
 */
const exportMessage = messageCommand('Export-Message', 'Exporting', async (viewer, queue, message, call) => {
  if (message.status !== 'Suspended') {
    call.error(invalidOperation(call.spec, `The message "${message.identity}" must be suspended before it can be exported. Run Suspend-Message "${message.identity}" first.`));
    return;
  }
  const bytes = await viewer.exportMessage(queue, message);
  call.output(new PsObject('BinaryFileDataObject', [{ name: 'FileData', value: [...bytes] }, { name: 'Identity', value: message.identity }]));
});

/** The shell's AssembleMessage filter: each piped object's FileData bytes go to the end of -Path. */
const assembleMessage: CmdletImplementation = {
  name: 'AssembleMessage',
  pipeline: 'collect',
  async run(call) {
    const target = call.parameters.text('Path') ?? '';
    const session = call.frame.run.simulator;
    for (const input of call.input) {
      const data = input instanceof PsObject ? input.get('FileData') : undefined;
      if (!Array.isArray(data) || !data.every((byte) => typeof byte === 'number')) {
        call.error(invalidOperation(call.spec, 'AssembleMessage takes the objects Export-Message writes, which carry the message in FileData; pipe Export-Message into it.'));
        continue;
      }
      if (call.whatIf) {
        call.host([`What if: Writing the message to "${target}".`]);
        continue;
      }
      try {
        await session.appendToFile(target, Uint8Array.from(data as number[]));
      } catch (error) {
        call.error(invalidOperation(call.spec, error instanceof Error ? error.message : String(error)));
      }
    }
  },
};

export const QUEUE_CMDLETS: readonly CmdletImplementation[] = [
  getQueue,
  getMessage,
  queueCommand('Retry-Queue', 'Retrying', async (viewer, queue) => {
    await viewer.retry(queue);
  }),
  queueCommand('Suspend-Queue', 'Suspending', (viewer, queue) => viewer.setQueueSuspended(queue, true)),
  queueCommand('Resume-Queue', 'Resuming', (viewer, queue) => viewer.setQueueSuspended(queue, false)),
  messageCommand('Suspend-Message', 'Suspending', (viewer, queue, message) => viewer.setMessageSuspended(queue, message, true)),
  messageCommand('Resume-Message', 'Resuming', (viewer, queue, message) => viewer.setMessageSuspended(queue, message, false)),
  // -WithNDR defaults to $true: the sender gets a non-delivery report (QUEUE.Admin) unless told otherwise.
  messageCommand('Remove-Message', 'Removing', (viewer, queue, message, call) => viewer.removeMessage(queue, message, !call.parameters.has('WithNDR') || call.parameters.flag('WithNDR'))),
  exportMessage,
  assembleMessage,
];
