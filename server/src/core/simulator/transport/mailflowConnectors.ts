// The Delivery Agent and Send connectors the scripts created, as routing and delivery read them: each
// value is the stored one or, when no command set it, the catalog default of its property (the same
// default Get- shows), so what the transport does matches what the shell prints.

import type { ParsedAddressSpace } from '../../addressSpace';
import { storedOrDefault, type ConfigurationObjectState } from '../../model/configurationObject';
import type { SimulatorState } from '../../model/simulatorState';
import type { SettingValue, StoredSize } from '../../values/settingValue';
import { canonicalAddressSpace } from '../state/foreignConnectors';

interface RoutedConnector {
  guid: string;
  name: string;
  addressSpaces: ParsedAddressSpace[];
  enabled: boolean;
  sourceTransportServers: string[];
  maxMessageSize: StoredSize;
}

export interface DeliveryAgentConnectorRoute extends RoutedConnector {
  kind: 'deliveryAgent';
  deliveryProtocol: string;
}

export interface SendConnectorRoute extends RoutedConnector {
  kind: 'send';
  smartHosts: string[];
  dnsRoutingEnabled: boolean;
  port: number;
}

function valueOf(type: string, object: ConfigurationObjectState, property: string): SettingValue | undefined {
  return storedOrDefault(type, object.settings, property);
}

function texts(value: SettingValue | undefined): string[] {
  return Array.isArray(value) ? value : typeof value === 'string' && value !== '' ? [value] : [];
}

function common(type: string, object: ConfigurationObjectState): RoutedConnector {
  const size = valueOf(type, object, 'MaxMessageSize');
  return {
    guid: object.guid,
    name: object.name,
    addressSpaces: texts(valueOf(type, object, 'AddressSpaces')).flatMap((text) => {
      const canonical = canonicalAddressSpace(text);
      return canonical.ok ? [canonical.parsed] : [];
    }),
    enabled: valueOf(type, object, 'Enabled') !== false,
    sourceTransportServers: texts(valueOf(type, object, 'SourceTransportServers')),
    maxMessageSize: typeof size === 'number' ? size : 'Unlimited',
  };
}

export function deliveryAgentConnectors(state: SimulatorState): DeliveryAgentConnectorRoute[] {
  return (state.objects?.DeliveryAgentConnector ?? []).map((object) => ({
    ...common('DeliveryAgentConnector', object),
    kind: 'deliveryAgent',
    deliveryProtocol: String(valueOf('DeliveryAgentConnector', object, 'DeliveryProtocol') ?? ''),
  }));
}

export function sendConnectors(state: SimulatorState): SendConnectorRoute[] {
  return (state.objects?.SendConnector ?? []).map((object) => {
    const port = valueOf('SendConnector', object, 'Port');
    return {
      ...common('SendConnector', object),
      kind: 'send',
      smartHosts: texts(valueOf('SendConnector', object, 'SmartHosts')),
      dnsRoutingEnabled: valueOf('SendConnector', object, 'DNSRoutingEnabled') !== false,
      port: typeof port === 'number' ? port : 25,
    };
  });
}

/** The routing context's connector with this GUID and kind: the one list a transport pass reads once. */
export function mailflowConnector<K extends 'deliveryAgent' | 'send'>(
  connectors: readonly (DeliveryAgentConnectorRoute | SendConnectorRoute)[] | undefined,
  kind: K,
  guid: string,
): Extract<DeliveryAgentConnectorRoute | SendConnectorRoute, { kind: K }> | undefined {
  return connectors?.find((connector): connector is Extract<DeliveryAgentConnectorRoute | SendConnectorRoute, { kind: K }> => connector.kind === kind && connector.guid === guid);
}
