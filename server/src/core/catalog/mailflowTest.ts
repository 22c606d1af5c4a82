// Test-Mailflow: sends a test message from a Mailbox server and reports whether and how fast it arrived,
// the quickest end-to-end check after a connector or transport change.
//
// Source: Microsoft's cmdlet reference page Test-Mailflow (MicrosoftDocs/office-docs-powershell,
// exchange-ps/ExchangePowerShell/Test-Mailflow.md): six parameter sets, one per kind of target; the
// source server (-Identity) may be given in every set but CrossPremises. The reference does not name a
// default set; SourceServer, which needs nothing, is what a bare `Test-Mailflow` binds to.

import {
  bool, confirmParameter, domainControllerParameter, flagDefault, identity, int, named, numberDefault, smtpAddress,
  switchValue, text, timespan, TIMESPAN_MAX, whatIfParameter,
} from './builders';
import type { CmdletSpec, ParameterSetMembership } from './types';

const SOURCE_SETS = ['SourceServer', 'AutoDiscoverTargetMailboxServer', 'TargetDatabase', 'TargetEmailAddress', 'TargetMailboxServer'] as const;

const mandatoryIn = (set: string): Record<string, ParameterSetMembership> => ({ [set]: { mandatory: true } });

const testMailflow: CmdletSpec = {
  name: 'Test-Mailflow',
  module: 'Exchange',
  synopsis: 'Sends a test message from a Mailbox server to a target and reports whether it was delivered, and how fast.',
  description: 'The target is the server\'s own system mailbox by default, or another Mailbox server, a mailbox database, an e-mail address in another forest, every Mailbox server (-AutoDiscoverTargetMailboxServer), or a cross-premises test. Run it after changing connectors or transport settings to confirm that mail still flows.',
  parameterSets: [...SOURCE_SETS, 'CrossPremises'],
  commonParameters: true,
  supportsShouldProcess: true,
  example: 'Test-Mailflow Mailbox01 -TargetMailboxServer Mailbox02',
  parameters: [
    named('Identity', identity('Server'), 'The Mailbox server that sends the test message; the local server when omitted.', {
      sets: Object.fromEntries(SOURCE_SETS.map((set) => [set, { position: 0, valueFromPipeline: true }])),
    }),
    named('ActiveDirectoryTimeout', int(0), 'Seconds to wait on Active Directory before the cmdlet reports the delay.', { default: numberDefault(15) }),
    named('AutoDiscoverTargetMailboxServer', switchValue, 'Sends a test message to every Mailbox server found in Active Directory.', {
      sets: mandatoryIn('AutoDiscoverTargetMailboxServer'),
    }),
    confirmParameter,
    named('CrossPremises', bool, 'With $true, tests mail flow between the on-premises organization and the cloud in a hybrid deployment.', {
      sets: mandatoryIn('CrossPremises'),
    }),
    named('CrossPremisesExpirationTimeout', timespan(0, TIMESPAN_MAX),
      'How long an asynchronous cross-premises test may take; meant for System Center Operations Manager.', { sets: { CrossPremises: {} } }),
    named('CrossPremisesPendingErrorCount', int(0),
      'How many pending cross-premises tests count as an error; meant for System Center Operations Manager.', { sets: { CrossPremises: {} } }),
    domainControllerParameter,
    named('ErrorLatency', int(0),
      'Seconds a test message may take before System Center Operations Manager logs an error (15 local, 180 remote by default).'),
    named('ExecutionTimeout', int(0),
      'Seconds the test may run before it fails for want of a message or delivery report (240 in the shell by default).'),
    named('MonitoringContext', bool, 'Adds the monitoring events and performance counters to the results, for System Center Operations Manager.', {
      default: flagDefault(false),
    }),
    named('TargetDatabase', text, 'The mailbox database (name, DN or GUID) the test message is sent to.', { sets: mandatoryIn('TargetDatabase') }),
    named('TargetEmailAddress', smtpAddress, 'The SMTP address, typically in a remote forest, the test message is sent to.', {
      sets: mandatoryIn('TargetEmailAddress'),
    }),
    named('TargetEmailAddressDisplayName', text, 'The name System Center Operations Manager shows for -TargetEmailAddress in its events and reports.', {
      sets: { TargetEmailAddress: {} },
    }),
    named('TargetMailboxServer', identity('Server'), 'The Mailbox server of this organization the test message is sent to.', {
      sets: mandatoryIn('TargetMailboxServer'),
    }),
    whatIfParameter,
  ],
};

export const MAILFLOW_TEST_CMDLETS: readonly CmdletSpec[] = [testMailflow];
