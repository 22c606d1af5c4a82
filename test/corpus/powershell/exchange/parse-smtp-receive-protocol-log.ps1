<#
.SYNOPSIS
    Lists the remote IPs that used a receive connector, from the SMTP receive protocol logs.
.DESCRIPTION
    Used before decommissioning a relay connector: who still sends through it?
    The protocol log is CSV after the #Fields header line.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory = $true)]
    [string]$ConnectorName,

    [string]$LogFolder = (Get-FrontendTransportService -Identity $env:COMPUTERNAME).ReceiveProtocolLogPath,

    [int]$Days = 7
)

$files = Get-ChildItem -Path $LogFolder -Filter '*.log' | Where-Object { $_.LastWriteTime -gt (Get-Date).AddDays(-$Days) }
$remoteIps = @{}

foreach ($file in $files) {
    $lines = Get-Content -Path $file.FullName
    $header = ($lines | Where-Object { $_ -like '#Fields:*' } | Select-Object -First 1) -replace '^#Fields: ', ''
    if (-not $header) { continue }

    $data = $lines | Where-Object { $_ -notlike '#*' } | ConvertFrom-Csv -Header ($header -split ',')
    foreach ($row in $data) {
        if ($row.'connector-id' -notlike "*\$ConnectorName") { continue }
        $ip = ($row.'remote-endpoint' -split ':')[0]
        $remoteIps[$ip] = 1 + [int]$remoteIps[$ip]
    }
}

$remoteIps.GetEnumerator() | Sort-Object Value -Descending |
    Select-Object @{ n = 'RemoteIP'; e = { $_.Key } }, @{ n = 'Lines'; e = { $_.Value } }, @{ n = 'HostName'; e = {
        try { [System.Net.Dns]::GetHostEntry($_.Key).HostName } catch { '' }
    } }
