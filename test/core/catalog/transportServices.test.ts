// Get-/Set-MailboxTransportService and Get-/Set-FrontendTransportService: one valid and one invalid
// line per value type and parameter set.

import { checkScriptCases } from '../../helpers/scriptRows';

describe('Mailbox Transport and Front End Transport service cmdlets', () => {
  describe('Set-MailboxTransportService (Default set)', () => {
    checkScriptCases([
      { what: 'the set with Identity by position', script: 'Set-MailboxTransportService Mailbox01 -MaxConcurrentMailboxDeliveries 30' },
      { what: 'the set without its Identity', script: 'Set-MailboxTransportService -MaxConcurrentMailboxDeliveries 30', code: 'missing-mandatory-parameter' },
      { what: 'a thread count at the ceiling', script: 'Set-MailboxTransportService Mailbox01 -MaxConcurrentMailboxSubmissions 256' },
      { what: 'a thread count above 256', script: 'Set-MailboxTransportService Mailbox01 -MaxConcurrentMailboxSubmissions 257', code: 'value-out-of-range' },
      { what: 'a log age as a time span', script: 'Set-MailboxTransportService Mailbox01 -MailboxDeliveryAgentLogMaxAge 15.00:00:00 -ConnectivityLogEnabled $false' },
      { what: 'a log age that is no time span', script: 'Set-MailboxTransportService Mailbox01 -ConnectivityLogMaxAge "two weeks"', code: 'invalid-timespan' },
      { what: 'log sizes with units or unlimited', script: 'Set-MailboxTransportService Mailbox01 -MailboxSubmissionAgentLogMaxDirectorySize unlimited -MailboxSubmissionAgentLogMaxFileSize 20MB' },
      { what: 'a protocol log directory past 909.5 TB', script: 'Set-MailboxTransportService Mailbox01 -SendProtocolLogMaxDirectorySize 1000TB', code: 'value-out-of-range' },
      { what: 'a local log folder', script: 'Set-MailboxTransportService Mailbox01 -MailboxDeliveryThrottlingLogPath "D:\\Logs\\Throttling"' },
      { what: 'a log folder on a share', script: 'Set-MailboxTransportService Mailbox01 -ReceiveProtocolLogPath \\\\fs01\\logs', code: 'invalid-path' },
      { what: 'a protocol logging level', script: 'Set-MailboxTransportService Mailbox01 -MailboxDeliveryConnectorProtocolLoggingLevel Verbose' },
      { what: 'a protocol logging level not listed', script: 'Set-MailboxTransportService Mailbox01 -MailboxDeliveryConnectorProtocolLoggingLevel Full', code: 'invalid-enum-value' },
      { what: 'a connection count of zero', script: 'Set-MailboxTransportService Mailbox01 -MailboxDeliveryConnectorMaxInboundConnection 0', code: 'value-out-of-range' },
      { what: 'a pipeline tracing sender', script: 'Set-MailboxTransportService Mailbox01 -PipelineTracingEnabled $true -PipelineTracingSenderAddress kim@contoso.com' },
      { what: 'a pipeline tracing sender that is no address', script: 'Set-MailboxTransportService Mailbox01 -PipelineTracingSenderAddress kim', code: 'invalid-smtp-address' },
      { what: 'a setting only the Transport service has', script: 'Set-MailboxTransportService Mailbox01 -PickupDirectoryPath C:\\Pickup', code: 'unknown-parameter' },
    ]);
  });

  describe('Get-MailboxTransportService (Default set)', () => {
    checkScriptCases([
      { what: 'the set with Identity by position', script: 'Get-MailboxTransportService Mailbox01 | Format-List *Log*' },
      { what: 'two positional arguments', script: 'Get-MailboxTransportService Mailbox01 Mailbox02', code: 'positional-argument-not-accepted' },
    ]);
  });

  describe('Set-FrontendTransportService (Default set)', () => {
    checkScriptCases([
      { what: 'the set with Identity by position', script: 'Set-FrontendTransportService Mailbox01 -AgentLogEnabled $false -MaxConnectionRatePerMinute 2400' },
      { what: 'the set without its Identity', script: 'Set-FrontendTransportService -AgentLogEnabled $false', code: 'missing-mandatory-parameter' },
      { what: 'DNS servers as IP addresses', script: 'Set-FrontendTransportService Mailbox01 -ExternalDNSAdapterEnabled $false -ExternalDNSServers 10.0.0.1,10.0.0.2' },
      { what: 'a DNS server that is no IP address', script: 'Set-FrontendTransportService Mailbox01 -InternalDNSServers 10.0.0.300', code: 'invalid-string' },
      { what: 'a network adapter GUID', script: 'Set-FrontendTransportService Mailbox01 -InternalDNSAdapterGuid 8a1c3e4f-1234-4cde-9abc-0123456789ab' },
      { what: 'an adapter that is no GUID', script: 'Set-FrontendTransportService Mailbox01 -ExternalDNSAdapterGuid Ethernet0', code: 'invalid-string' },
      { what: 'a DNS protocol option', script: 'Set-FrontendTransportService Mailbox01 -ExternalDNSProtocolOption UseTcpOnly' },
      { what: 'a DNS protocol option not listed', script: 'Set-FrontendTransportService Mailbox01 -ExternalDNSProtocolOption Tcp', code: 'invalid-enum-value' },
      { what: 'a retry interval within 12 hours', script: 'Set-FrontendTransportService Mailbox01 -TransientFailureRetryInterval 00:10:00 -TransientFailureRetryCount 15' },
      { what: 'a retry interval over 12 hours', script: 'Set-FrontendTransportService Mailbox01 -TransientFailureRetryInterval 13:00:00', code: 'value-out-of-range' },
      { what: 'a retry count that is no whole number', script: 'Set-FrontendTransportService Mailbox01 -TransientFailureRetryCount 1.5', code: 'invalid-integer' },
      { what: 'a log folder and a log size', script: 'Set-FrontendTransportService Mailbox01 -ConnectivityLogPath D:\\Logs\\Connectivity -DnsLogMaxDirectorySize 500MB' },
      { what: 'a DNS log size that is no size', script: 'Set-FrontendTransportService Mailbox01 -DnsLogMaxFileSize large', code: 'invalid-size' },
      { what: 'a routing table log file size, which the log does not have', script: 'Set-FrontendTransportService Mailbox01 -RoutingTableLogMaxFileSize 10MB', code: 'unknown-parameter' },
    ]);
  });

  describe('Get-FrontendTransportService (Default set)', () => {
    checkScriptCases([
      { what: 'the set with Identity by position', script: 'Get-FrontendTransportService Mailbox01 -DomainController dc01.contoso.com' },
      { what: 'a parameter the Get cmdlet lacks', script: 'Get-FrontendTransportService Mailbox01 -AgentLogEnabled $true', code: 'unknown-parameter' },
    ]);
  });
});
