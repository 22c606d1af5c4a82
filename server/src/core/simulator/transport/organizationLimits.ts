// The organization's message size limits (Set-TransportConfig): MaxSendSize caps what the
// organization's senders may send, MaxReceiveSize what its recipients may receive, 10 MB each by
// default ("Message size limits in Exchange Server"). Every Pickup and Replay submission is checked
// against them, as a message entering transport is; the values are the stored ones or the catalog
// defaults, the same Get-TransportConfig shows.

import { storedOrDefault } from '../../model/configurationObject';
import type { SimulatorState } from '../../model/simulatorState';
import type { StoredSize } from '../../values/settingValue';
import { DELIVERY_STATUS } from './deliveryStatus';
import { fitsConnector, type RecipientRoute } from './routing';

export interface OrganizationLimits {
  maxSendSize: StoredSize;
  maxReceiveSize: StoredSize;
}

export function organizationLimits(state: SimulatorState): OrganizationLimits {
  const stored = state.objects?.TransportConfig?.[0]?.settings ?? {};
  const size = (property: string): StoredSize => {
    const value = storedOrDefault('TransportConfig', stored, property);
    return typeof value === 'number' ? value : 'Unlimited';
  };
  return { maxSendSize: size('MaxSendSize'), maxReceiveSize: size('MaxReceiveSize') };
}

/**
 * A route the organization's limits stop: the message is over MaxSendSize, or over MaxReceiveSize for
 * a recipient in the organization; the route as it was otherwise.
 */
export function limitedRoute(route: RecipientRoute, limits: OrganizationLimits, size: number): RecipientRoute {
  if (route.kind === 'failed') return route;
  if (!fitsConnector(limits.maxSendSize, size)) return { kind: 'failed', recipient: route.recipient, status: DELIVERY_STATUS.tooLargeToSend };
  if (route.kind === 'mailbox' && !fitsConnector(limits.maxReceiveSize, size)) return { kind: 'failed', recipient: route.recipient, status: DELIVERY_STATUS.tooLargeToReceive };
  return route;
}
