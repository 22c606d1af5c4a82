# Copyright (c) Contoso IT. Licensed under the MIT License.
<#
.SYNOPSIS
    Collects transport configuration and queue state from a set of servers into one folder.
.DESCRIPTION
    Support-script style: small functions, verbose logging, progress for each server.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory = $false)]
    [string[]]$Server = @($env:COMPUTERNAME),

    [Parameter(Mandatory = $false)]
    [string]$OutputPath = (Join-Path $env:TEMP "TransportCollect_$(Get-Date -Format yyyyMMddHHmm)")
)

function Write-Status {
    param([string]$Message)
    Write-Host ("[{0:HH:mm:ss}] {1}" -f (Get-Date), $Message) -ForegroundColor Gray
}

function Save-Object {
    param(
        [Parameter(Mandatory = $true)][object]$InputObject,
        [Parameter(Mandatory = $true)][string]$Name
    )
    $file = Join-Path $OutputPath "$Name.xml"
    $InputObject | Export-Clixml -Path $file -Depth 4
    Write-Verbose "Saved $file"
}

function Get-ServerTransportData {
    param([string]$ComputerName)
    [PSCustomObject]@{
        TransportService  = Get-TransportService -Identity $ComputerName
        ReceiveConnectors = Get-ReceiveConnector -Server $ComputerName
        Queues            = Get-Queue -Server $ComputerName
        Agents            = Get-TransportAgent -TransportService Hub
    }
}

New-Item -Path $OutputPath -ItemType Directory -Force | Out-Null
Write-Status "Output folder: $OutputPath"

Save-Object -InputObject (Get-TransportConfig) -Name 'TransportConfig'
Save-Object -InputObject (Get-SendConnector) -Name 'SendConnectors'

$index = 0
foreach ($s in $Server) {
    $index++
    Write-Progress -Activity 'Collecting transport data' -Status $s -PercentComplete ($index / $Server.Count * 100)
    try {
        $data = Get-ServerTransportData -ComputerName $s
        Save-Object -InputObject $data -Name "Server_$s"
        Write-Status "Collected $s"
    }
    catch {
        Write-Host "Failed to collect ${s}: $($_.Exception.Message)" -ForegroundColor Red
        Write-Verbose $_.ScriptStackTrace
    }
}
Write-Progress -Activity 'Collecting transport data' -Completed

$zip = "$OutputPath.zip"
Compress-Archive -Path "$OutputPath\*" -DestinationPath $zip -Force
Write-Host "Done. Send $zip to support." -ForegroundColor Green
