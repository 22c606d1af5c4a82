#requires -Version 5.1
#requires -PSSnapin Microsoft.Exchange.Management.PowerShell.SnapIn
<#
.SYNOPSIS
    Exports the message tracking log of one day for one server to a compressed CSV.
.PARAMETER Date
    The day to export (local time).
#>
[CmdletBinding(PositionalBinding = $false)]
[OutputType([System.IO.FileInfo])]
param(
    [Parameter(Mandatory = $true, HelpMessage = 'Day to export, e.g. 2024-05-01')]
    [datetime]$Date,

    [ValidateNotNullOrEmpty()]
    [string]$Server = $env:COMPUTERNAME,

    [ValidateLength(1, 200)]
    [string]$Folder = 'D:\TrackingExports'
)

$start = $Date.Date
$end = $start.AddDays(1)
$base = Join-Path $Folder ("{0}_{1:yyyyMMdd}" -f $Server, $start)

$columns = 'Timestamp', 'EventId', 'Source', 'Sender', 'Recipients', 'MessageSubject', 'TotalBytes', 'ConnectorId', 'ClientIp', 'ServerIp', 'MessageId'

Get-MessageTrackingLog -Server $Server -Start $start -End $end -ResultSize Unlimited |
    Select-Object -Property ($columns | ForEach-Object {
        $name = $_
        if ($name -eq 'Recipients') { @{ n = 'Recipients'; e = { $_.Recipients -join ';' } } } else { $name }
    }) |
    Export-Csv -Path "$base.csv" -NoTypeInformation -Encoding UTF8

Compress-Archive -Path "$base.csv" -DestinationPath "$base.zip" -Force
Remove-Item -Path "$base.csv"
Get-Item -Path "$base.zip"
