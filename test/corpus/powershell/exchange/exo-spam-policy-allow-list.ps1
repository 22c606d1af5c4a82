[CmdletBinding(SupportsShouldProcess)]
param(
    [string]$Policy = 'Default',
    [string[]]$AddDomains = @(),
    [string[]]$RemoveDomains = @()
)

# Changes the allowed sender domains with Add/Remove hashtables so other entries stay untouched.
$before = (Get-HostedContentFilterPolicy -Identity $Policy).AllowedSenderDomains

$change = @{}
if ($AddDomains) { $change['Add'] = $AddDomains }
if ($RemoveDomains) { $change['Remove'] = $RemoveDomains }

if ($change.Count -eq 0) {
    Write-Host "Current allowed sender domains on '$Policy':" -ForegroundColor Cyan
    $before | ForEach-Object { "  $_" }
    return
}

if ($PSCmdlet.ShouldProcess($Policy, "AllowedSenderDomains $($change.Keys -join '/')")) {
    Set-HostedContentFilterPolicy -Identity $Policy -AllowedSenderDomains $change
}

$after = (Get-HostedContentFilterPolicy -Identity $Policy).AllowedSenderDomains
Compare-Object -ReferenceObject @($before) -DifferenceObject @($after) |
    ForEach-Object { '{0} {1}' -f $(if ($_.SideIndicator -eq '=>') { '+' } else { '-' }), $_.InputObject }
