// The transport agent cmdlets (Get-/Enable-/Disable-/Set-TransportAgent): the agents that process
// messages inside a transport service, in priority order.
//
// Sources: Microsoft's cmdlet reference pages Get-TransportAgent, Enable-TransportAgent,
// Disable-TransportAgent and Set-TransportAgent (MicrosoftDocs/office-docs-powershell,
// exchange-ps/ExchangePowerShell/*.md). The cmdlets exist from Exchange 2010 on; -TransportService,
// which picks one of the transport services of a 2013 or later Mailbox server, from 2013 on.

import {
  confirmParameter, DEFAULT_SET, domainControllerParameter, identityParameter, int, named, oneOf, setting,
  whatIfParameter,
} from './builders';
import type { CmdletSpec, ParameterSpec } from './types';
import { FROM_2013 } from './exchangeVersions';

const transportService: ParameterSpec = named('TransportService', oneOf('Hub', 'MailboxSubmission', 'MailboxDelivery', 'FrontEnd', 'Edge'),
  'The transport service whose agents are meant: Hub (Transport), MailboxSubmission, MailboxDelivery, FrontEnd, or Edge.',
  { versions: FROM_2013 });

const agentIdentity = (purpose: string, mandatory: boolean): ParameterSpec =>
  identityParameter('TransportAgent', `The display name of the transport agent to ${purpose} (at most 64 characters).`, mandatory);

/** Enable- and Disable-TransportAgent differ only in the direction of the switch. */
function toggleAgent(verb: 'Enable' | 'Disable'): CmdletSpec {
  const enable = verb === 'Enable';
  return {
    name: `${verb}-TransportAgent`,
    module: 'Exchange',
    synopsis: enable
      ? 'Turns a transport agent on, so it processes the messages of its transport service again.'
      : 'Turns a transport agent off, so its transport service passes messages by it.',
    description: enable
      ? 'An enabled agent runs on every message at its priority. Restart the transport service (MSExchangeTransport, or the service named by -TransportService) for the change to take effect.'
      : 'A disabled agent stays installed and keeps its priority but no longer sees messages. Restart the transport service for the change to take effect.',
    parameterSets: [DEFAULT_SET],
    commonParameters: true,
    supportsShouldProcess: true,
    example: `${verb}-TransportAgent "Contoso Disclaimer Agent" -TransportService Hub`,
    parameters: [
      agentIdentity(enable ? 'turn on' : 'turn off', true),
      confirmParameter,
      domainControllerParameter,
      transportService,
      whatIfParameter,
    ],
  };
}

const getTransportAgent: CmdletSpec = {
  name: 'Get-TransportAgent',
  outputType: 'TransportAgent',
  module: 'Exchange',
  synopsis: 'Shows the transport agents of a transport service with their priority and whether they are enabled.',
  description: 'Without -Identity it lists every agent of the Transport service (or of the service named by -TransportService) in the order they run. Use it to check that an agent which rewrites or redirects messages is installed and enabled.',
  parameterSets: [DEFAULT_SET],
  commonParameters: true,
  example: 'Get-TransportAgent -TransportService FrontEnd | Format-Table Identity, Enabled, Priority',
  parameters: [
    agentIdentity('show (all agents when omitted)', false),
    domainControllerParameter,
    transportService,
  ],
};

const setTransportAgent: CmdletSpec = {
  name: 'Set-TransportAgent',
  module: 'Exchange',
  synopsis: 'Changes the priority of a transport agent, that is where it runs among the agents of its service.',
  description: 'Agents run in priority order, 0 first, so the priority decides which agent sees a message before another changes it. A new agent is appended at the end of the list.',
  parameterSets: [DEFAULT_SET],
  commonParameters: true,
  supportsShouldProcess: true,
  example: 'Set-TransportAgent "Contoso Disclaimer Agent" -Priority 3',
  parameters: [
    agentIdentity('change', true),
    confirmParameter,
    domainControllerParameter,
    setting('Priority', int(0),
      'Where the agent runs among the agents of its service: 0 runs first; at most the number of agents installed.'),
    transportService,
    whatIfParameter,
  ],
};

export const TRANSPORT_AGENT_CMDLETS: readonly CmdletSpec[] = [
  getTransportAgent,
  toggleAgent('Enable'),
  toggleAgent('Disable'),
  setTransportAgent,
];
