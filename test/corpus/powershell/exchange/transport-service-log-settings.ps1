[CmdletBinding()]
param(
    [ValidateSet('MessageTracking', 'Connectivity', 'Protocol', 'All')]
    [string]$LogType = 'All'
)

# Property names per log family, so one switch picks what to show.
$columns = switch ($LogType) {
    'MessageTracking' { 'MessageTrackingLogEnabled', 'MessageTrackingLogPath', 'MessageTrackingLogMaxAge', 'MessageTrackingLogMaxDirectorySize' }
    'Connectivity'    { 'ConnectivityLogEnabled', 'ConnectivityLogPath', 'ConnectivityLogMaxAge' }
    'Protocol'        { 'ReceiveProtocolLogPath', 'SendProtocolLogPath', 'ReceiveProtocolLogMaxAge', 'SendProtocolLogMaxAge' }
    default {
        'MessageTrackingLogPath', 'MessageTrackingLogMaxAge', 'ConnectivityLogPath',
        'ReceiveProtocolLogPath', 'SendProtocolLogPath'
    }
}

$properties = @('Name') + $columns

Get-TransportService |
    Sort-Object Name |
    Select-Object -Property $properties |
    Format-List
