// The enhanced status codes (RFC 3463) and SMTP responses the simulated transport reports. The codes
// and their meaning come from Exchange's "DSNs and NDRs in Exchange Server" topic (5.1.1 recipient not
// found, 5.1.3 invalid recipient address, 5.3.4 message too large, 5.4.4 unable to route, 5.5.3 too
// many recipients); the response texts follow the ones Exchange writes in NDRs and tracking logs.

export interface DeliveryStatus {
  /** Enhanced status code, e.g. `5.4.4`. */
  code: string;
  /** The full response line, e.g. `550 5.4.4 ROUTING.NoNextHop; unable to route`. */
  response: string;
  /** A sentence for the sender and the administrator: why, and what to do. */
  explanation: string;
}

export const DELIVERY_STATUS = {
  recipientNotFound: {
    code: '5.1.1',
    response: '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found',
    explanation: 'The recipient is in an accepted domain, but no mailbox has that address. Check the address, or add the mailbox to "mailboxes" in exconn.json.',
  },
  invalidAddress: {
    code: '5.1.3',
    response: '550 5.1.3 STOREDRV.Submit; invalid recipient address',
    explanation: 'The recipient address is not a valid email address.',
  },
  invalidX400Address: {
    code: '5.1.2',
    response: '550 5.1.2 ROUTING.InvalidX400Address; invalid x400 address',
    explanation: 'The IMCEAX400 recipient does not hold a valid X.400 address.',
  },
  noRoute: {
    code: '5.4.4',
    response: '550 5.4.4 ROUTING.NoNextHop; unable to route',
    explanation: 'No enabled connector on this server has an address space that matches the recipient. Add a matching address space to a Foreign connector (New-ForeignConnector -AddressSpaces), or enable it and make this server one of its SourceTransportServers.',
  },
  noConnectorForType: {
    code: '5.4.4',
    response: '550 5.4.4 ROUTING.NoConnectorForAddressType; unable to route for address type',
    explanation: 'No enabled connector on this server has an address space of the recipient\'s address type. Create a Foreign connector with an address space of that type.',
  },
  tooLargeToSend: {
    code: '5.3.4',
    response: '550 5.3.4 RESOLVER.RST.SendSizeLimit.Org; message too large for this organization',
    explanation: 'The message is larger than the organization lets its senders send (MaxSendSize of Set-TransportConfig). Send a smaller message, or raise the limit with Set-TransportConfig -MaxSendSize.',
  },
  tooLargeToReceive: {
    code: '5.3.4',
    response: '550 5.3.4 RESOLVER.RST.RecipSizeLimit.Org; message too large for this organization',
    explanation: 'The message is larger than the organization lets its recipients receive (MaxReceiveSize of Set-TransportConfig). Send a smaller message, or raise the limit with Set-TransportConfig -MaxReceiveSize.',
  },
  tooLargeForConnector: {
    code: '5.3.4',
    response: '550 5.3.4 ROUTING.SizeLimit; message size exceeds fixed maximum size for route',
    explanation: 'The message is larger than the MaxMessageSize of the connector that serves the recipient. Send a smaller message or raise the limit with Set-ForeignConnector -MaxMessageSize.',
  },
  removedFromQueue: {
    // Exchange writes this 4.3.2 response in the NDR of a message an administrator removed, though the report says "failed".
    code: '4.3.2',
    response: '550 4.3.2 QUEUE.Admin; message deleted by administrative action',
    explanation: 'An administrator removed the message from its delivery queue (Remove-Message) before it could be delivered. Send it again, or ask your administrator why it was removed.',
  },
  tooManyRecipients: {
    code: '5.5.3',
    response: '550 5.5.3 Too many recipients',
    explanation: 'The message has more recipients than the Pickup directory accepts (PickupDirectoryMaxRecipientsPerMessage). Split it, or raise the limit with Set-TransportService.',
  },
  headerTooLarge: {
    code: '5.3.4',
    response: '550 5.3.4 Message header size exceeds the Pickup directory limit',
    explanation: 'The message header is larger than PickupDirectoryMaxHeaderSize. Shorten the header, or raise the limit with Set-TransportService -PickupDirectoryMaxHeaderSize.',
  },
} as const satisfies Record<string, DeliveryStatus>;

/** A next hop's permanent refusal (an SMTP 5xx reply) as the status of the recipients it refused; the reply's own enhanced code when it has one. */
export function refusedByServer(host: string, response: string): DeliveryStatus {
  const enhanced = /\b([45]\.\d{1,3}\.\d{1,3})\b/.exec(response);
  return {
    code: enhanced ? enhanced[1] : '5.0.0',
    response: response.trim(),
    explanation: `The server ${host} refused the message for good (a 5xx reply). Check the address with its owner; the message was not delivered and will not be retried.`,
  };
}

export const DELIVERED_TO_MAILBOX = '250 2.1.5 Recipient OK';
export const WRITTEN_TO_DROP_DIRECTORY = '250 2.6.0 Queued for delivery';
/** A message taken over SMTP by another server of the organization (the relay hop to a connector's source server). */
export const RELAYED_TO_SERVER = '250 2.6.0 Queued mail for delivery';
/** A Delivery Agent connector's message taken by the agent of its protocol. */
export const HANDED_TO_DELIVERY_AGENT = '250 2.0.0 Handed to the delivery agent';
