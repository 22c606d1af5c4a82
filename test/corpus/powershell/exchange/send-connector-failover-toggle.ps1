<#
.SYNOPSIS
    Switches outbound mail between the primary gateway connector and the backup one by
    changing the address space costs, then checks that the queues pick up the change.
#>
[CmdletBinding(SupportsShouldProcess = $true)]
param(
    [Parameter(Mandatory = $true)]
    [ValidateSet('Primary', 'Backup')]
    [string]$Use,

    [string]$PrimaryConnector = 'Outbound via Gateway A',
    [string]$BackupConnector = 'Outbound via Gateway B'
)

$costs = @{
    Primary = @{ $PrimaryConnector = 1; $BackupConnector = 10 }
    Backup  = @{ $PrimaryConnector = 10; $BackupConnector = 1 }
}[$Use]

foreach ($name in $costs.Keys) {
    $cost = $costs[$name]
    $space = "SMTP:*;$cost"
    if ($PSCmdlet.ShouldProcess($name, "AddressSpaces = $space")) {
        Set-SendConnector -Identity $name -AddressSpaces $space
    }
}

Write-Host 'Waiting for routing tables to update...' -ForegroundColor Cyan
Start-Sleep -Seconds 60
Get-TransportService | ForEach-Object { Get-Queue -Server $_.Name -Filter "DeliveryType -eq 'SmartHostConnectorDelivery'" } |
    Format-Table Identity, NextHopDomain, MessageCount, Status -AutoSize
