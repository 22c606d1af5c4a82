<#
.SYNOPSIS
    Disables every transport agent that is not shipped by Microsoft, for troubleshooting.
.NOTES
    The names are saved to a file so -Restore can enable the same agents again.
#>
[CmdletBinding(SupportsShouldProcess = $true)]
param(
    [switch]$Restore,
    [string]$StateFile = "$PSScriptRoot\disabled-agents.txt"
)

$builtIn = @(
    'Transport Rule Agent', 'DLP Policy Agent', 'Retention Policy Agent', 'Supervisory Review Agent',
    'Malware Agent', 'Text Messaging Routing Agent', 'Text Messaging Delivery Agent',
    'System Probe Drop Smtp Agent', 'System Probe Drop Routing Agent', 'Content Filter Agent',
    'Sender Id Agent', 'Sender Filter Agent', 'Recipient Filter Agent', 'Protocol Analysis Agent',
    'Connection Filtering Agent'
)

if ($Restore) {
    foreach ($name in Get-Content -Path $StateFile) {
        if ($PSCmdlet.ShouldProcess($name, 'Enable-TransportAgent')) {
            Enable-TransportAgent -Identity $name -Confirm:$false
        }
    }
    Remove-Item -Path $StateFile
    Write-Host 'Restart MSExchangeTransport to apply.' -ForegroundColor Yellow
    return
}

$thirdParty = Get-TransportAgent | Where-Object { $_.Enabled -and $builtIn -notcontains $_.Identity }
$thirdParty | ForEach-Object { $_.Identity } | Set-Content -Path $StateFile

foreach ($a in $thirdParty) {
    if ($PSCmdlet.ShouldProcess($a.Identity, 'Disable-TransportAgent')) {
        Disable-TransportAgent -Identity $a.Identity -Confirm:$false
    }
}
Write-Host "$(@($thirdParty).Count) agents disabled; restart MSExchangeTransport to apply." -ForegroundColor Yellow
