<#
.SYNOPSIS
    Suspends (or removes with NDR) every queued message from a sender, on all transport servers.
    Typical use: a compromised account is blasting spam.
#>
[CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'High', DefaultParameterSetName = 'Suspend')]
param(
    [Parameter(Mandatory = $true)]
    [ValidatePattern('^[^@\s]+@[^@\s]+$')]
    [string]$Sender,

    [Parameter(ParameterSetName = 'Suspend')]
    [switch]$Suspend,

    [Parameter(ParameterSetName = 'Remove', Mandatory = $true)]
    [switch]$Remove,

    [Parameter(ParameterSetName = 'Remove')]
    [switch]$WithNDR
)

$filter = "FromAddress -eq '$Sender'"

foreach ($server in (Get-TransportService).Name) {
    $messages = @(Get-Message -Server $server -Filter $filter -ResultSize Unlimited)
    Write-Host "$server : $($messages.Count) messages from $Sender" -ForegroundColor Cyan
    if ($messages.Count -eq 0) { continue }

    if ($PSCmdlet.ParameterSetName -eq 'Remove') {
        if ($PSCmdlet.ShouldProcess($server, "Remove $($messages.Count) messages")) {
            Remove-Message -Server $server -Filter $filter -WithNDR:$WithNDR -Confirm:$false
        }
    }
    elseif ($PSCmdlet.ShouldProcess($server, "Suspend $($messages.Count) messages")) {
        Suspend-Message -Server $server -Filter $filter -Confirm:$false
    }
}
