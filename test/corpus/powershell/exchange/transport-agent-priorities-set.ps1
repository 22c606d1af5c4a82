[CmdletBinding(SupportsShouldProcess = $true)]
param(
    [Parameter(Mandatory = $true)]
    [string]$AgentName,

    [ValidateRange(1, 20)]
    [int]$Priority = 1,

    [ValidateSet('Hub', 'Edge', 'FrontEnd', 'MailboxSubmission', 'MailboxDelivery')]
    [string]$TransportService = 'Hub'
)

$agent = Get-TransportAgent -Identity $AgentName -TransportService $TransportService -ErrorAction Stop
Write-Host "$($agent.Identity) is at priority $($agent.Priority), enabled: $($agent.Enabled)" -ForegroundColor Cyan

if ($agent.Priority -ne $Priority -and $PSCmdlet.ShouldProcess($AgentName, "Priority $($agent.Priority) -> $Priority")) {
    Set-TransportAgent -Identity $AgentName -Priority $Priority -TransportService $TransportService
}
if (-not $agent.Enabled -and $PSCmdlet.ShouldProcess($AgentName, 'Enable')) {
    Enable-TransportAgent -Identity $AgentName -TransportService $TransportService
}

Get-TransportAgent -TransportService $TransportService | Sort-Object Priority | Format-Table Priority, Identity, Enabled -AutoSize
Write-Host 'Restart the matching transport service for the change to take effect.' -ForegroundColor Yellow
