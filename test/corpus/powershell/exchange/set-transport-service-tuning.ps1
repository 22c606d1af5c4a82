<#
    Transport service tuning for a busy hub: retry timings, connection limits and log sizes.
    Timespans are given in d.hh:mm:ss as the Exchange cmdlets expect.
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    [Parameter(Mandatory)][string[]]$Server
)

$tuning = @{
    MessageExpirationTimeout          = '3.00:00:00'
    DelayNotificationTimeout          = '04:00:00'
    MessageRetryInterval              = '00:15:00'
    TransientFailureRetryInterval     = '00:05:00'
    TransientFailureRetryCount        = 6
    OutboundConnectionFailureRetryInterval = '00:10:00'
    MaxOutboundConnections            = 1000
    MaxPerDomainOutboundConnections   = 20
    MaxConnectionRatePerMinute        = 1200
    MessageTrackingLogMaxFileSize     = '10MB'
    MessageTrackingLogMaxDirectorySize = '10GB'
    MessageTrackingLogSubjectLoggingEnabled = $true
    PoisonThreshold                   = 2
    QueueMaxIdleTime                  = '00:03:00'
    IntraOrgConnectorProtocolLoggingLevel = 'Verbose'
}

foreach ($s in $Server) {
    if ($PSCmdlet.ShouldProcess($s, 'Set-TransportService tuning')) {
        Set-TransportService -Identity $s @tuning
    }
    Set-TransportService -Identity $s -ExternalDNSServers 8.8.8.8, 1.1.1.1 -ExternalDNSAdapterEnabled $false -WhatIf
}
