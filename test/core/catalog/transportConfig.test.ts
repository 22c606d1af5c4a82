// The organization's transport settings in the checker: for every value type of Get-/Set-TransportConfig
// and the parameter set of each, one line that must check clean and one that must be flagged.

import { describeScriptRows, type ScriptRow } from '../../helpers/scriptRows';

const valueTypes: ScriptRow[] = [
  {
    what: 'a message size limit up to 2147482624 bytes or unlimited',
    valid: 'Set-TransportConfig -MaxSendSize 25MB -MaxReceiveSize unlimited',
    invalid: 'Set-TransportConfig -MaxSendSize 3GB',
    code: 'value-out-of-range',
  },
  {
    what: 'a size that cannot be unlimited',
    valid: 'Set-TransportConfig -ExternalDsnMaxMessageAttachSize 5MB -InternalDsnMaxMessageAttachSize 0 -TransportRuleAttachmentTextScanLimit 1MB',
    invalid: 'Set-TransportConfig -InternalDsnMaxMessageAttachSize unlimited',
    code: 'invalid-size',
  },
  {
    what: 'a recipient limit or unlimited',
    valid: 'Set-TransportConfig -MaxRecipientEnvelopeLimit 1000',
    invalid: 'Set-TransportConfig -MaxRecipientEnvelopeLimit lots',
    code: 'invalid-integer',
  },
  {
    what: 'a retry count from 0 to 255',
    valid: 'Set-TransportConfig -MaxRetriesForLocalSiteShadow 0 -MaxRetriesForRemoteSiteShadow 255',
    invalid: 'Set-TransportConfig -MaxRetriesForRemoteSiteShadow 256',
    code: 'value-out-of-range',
  },
  {
    what: 'an unsigned agent depth',
    valid: 'Set-TransportConfig -MaxAllowedAgentGeneratedMessageDepth 4 -MaxAllowedAgentGeneratedMessageDepthPerAgent 3',
    invalid: 'Set-TransportConfig -MaxAllowedAgentGeneratedMessageDepth (-1)',
    code: 'value-out-of-range',
  },
  {
    what: 'a TCP port',
    valid: 'Set-TransportConfig -DiagnosticsAggregationServicePort 9710',
    invalid: 'Set-TransportConfig -DiagnosticsAggregationServicePort 70000',
    code: 'value-out-of-range',
  },
  {
    what: 'a time span within its documented range',
    valid: 'Set-TransportConfig -ShadowResubmitTimeSpan 06:00:00 -SafetyNetHoldTime 7.00:00:00 -ShadowMessageAutoDiscardInterval 90.00:00:00',
    invalid: 'Set-TransportConfig -ShadowHeartbeatFrequency 2.00:00:00',
    code: 'value-out-of-range',
  },
  {
    what: 'a time span',
    valid: 'Set-TransportConfig -QueueDiagnosticsAggregationInterval 00:05:00',
    invalid: 'Set-TransportConfig -MaxDumpsterTime "7 days"',
    code: 'invalid-timespan',
  },
  {
    what: 'a DSN conversion mode and other enums',
    valid: 'Set-TransportConfig -DSNConversionMode PreserveDSNBody -HeaderPromotionModeSetting MayCreate -ShadowMessagePreferenceSetting LocalOnly',
    invalid: 'Set-TransportConfig -ShadowMessagePreferenceSetting RemoteFirst',
    code: 'invalid-enum-value',
  },
  {
    what: 'a Boolean',
    valid: 'Set-TransportConfig -ShadowRedundancyEnabled $true -RejectMessageOnShadowFailure $false -Xexch50Enabled $false',
    invalid: 'Set-TransportConfig -ShadowRedundancyEnabled yes',
    code: 'invalid-boolean',
  },
  {
    what: 'an SMTP address',
    valid: 'Set-TransportConfig -ExternalPostmasterAddress postmaster@contoso.com -JournalingReportNdrTo journal-ndr@contoso.com',
    invalid: 'Set-TransportConfig -ExternalPostmasterAddress postmaster',
    code: 'invalid-smtp-address',
  },
  {
    what: 'an SMTP domain without wildcards',
    valid: 'Set-TransportConfig -ExternalDsnReportingAuthority contoso.com',
    invalid: 'Set-TransportConfig -InternalDsnReportingAuthority *.contoso.com',
    code: 'invalid-string',
  },
  {
    what: 'a list of SMTP domains for domain security',
    valid: 'Set-TransportConfig -TLSSendDomainSecureList fabrikam.com, woodgrovebank.com -TLSReceiveDomainSecureList @{Add="fabrikam.com"}',
    invalid: 'Set-TransportConfig -TLSSendDomainSecureList fabrikam.com, *.woodgrovebank.com',
    code: 'invalid-string',
    message: /without wildcards/,
  },
  {
    what: 'a list of IP addresses, ranges and CIDR blocks',
    valid: 'Set-TransportConfig -InternalSMTPServers 10.0.0.1, 10.0.1.0/24, "10.0.2.1-10.0.2.9", 2001:db8::25',
    invalid: 'Set-TransportConfig -InternalSMTPServers 10.0.0.1, 10.0.0.300',
    code: 'invalid-string',
    message: /IP address/,
  },
  {
    what: 'a list of DSN codes',
    valid: 'Set-TransportConfig -GenerateCopyOfDSNFor @{Add="5.7.1"; Remove="5.1.4"}',
    invalid: 'Set-TransportConfig -GenerateCopyOfDSNFor 5.7',
    code: 'invalid-string',
    message: /DSN code/,
  },
  {
    what: 'the add/remove keys of a multi-valued property',
    valid: 'Set-TransportConfig -SupervisionTags @{Add="Review"}',
    invalid: 'Set-TransportConfig -SupervisionTags @{Append="Review"}',
    code: 'invalid-multivalue-key',
  },
  {
    what: 'a culture',
    valid: 'Set-TransportConfig -ExternalDsnDefaultLanguage en-US -InternalDsnDefaultLanguage de-DE',
    invalid: 'Set-TransportConfig -ExternalDsnDefaultLanguage "English (US)"',
    code: 'invalid-string',
  },
  {
    what: 'a switch',
    valid: 'Set-TransportConfig -MaxSendSize 20MB -Force -Confirm:$false',
    invalid: 'Set-TransportConfig -MaxSendSize 20MB -Force:"yes"',
    code: 'invalid-switch-value',
  },
  {
    what: 'a domain controller',
    valid: 'Get-TransportConfig -DomainController dc01.contoso.com',
    invalid: 'Get-TransportConfig -DomainController dc01_contoso',
    code: 'invalid-fqdn',
  },
];

const parameterSets: ScriptRow[] = [
  {
    what: 'Set-TransportConfig',
    valid: 'Set-TransportConfig -MaxSendSize 20MB -WhatIf',
    invalid: 'Set-TransportConfig -MaxSendSzie 20MB',
    code: 'unknown-parameter',
    message: /Did you mean -MaxSendSize\?/,
  },
  {
    what: 'Get-TransportConfig',
    valid: 'Get-TransportConfig | Format-List MaxSendSize, MaxReceiveSize',
    invalid: 'Get-TransportConfig Contoso Fabrikam',
    code: 'positional-argument-not-accepted',
  },
];

describeScriptRows('organization transport settings: value types', valueTypes);
describeScriptRows('organization transport settings: parameter sets', parameterSets);
