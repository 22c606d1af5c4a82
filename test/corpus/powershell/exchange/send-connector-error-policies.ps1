[CmdletBinding(SupportsShouldProcess = $true)]
param(
    [string]$Connector = 'Outbound to partner relay'
)

# The partner's relay sometimes answers 5xx during its own maintenance, and its DNS is flaky.
# Treat both as transient so messages queue instead of bouncing.
$current = Get-SendConnector -Identity $Connector
Write-Host "Current ErrorPolicies: $($current.ErrorPolicies)" -ForegroundColor Cyan

if ($PSCmdlet.ShouldProcess($Connector, 'ErrorPolicies = DowngradeDnsFailures, DowngradeCustomFailures')) {
    Set-SendConnector -Identity $Connector -ErrorPolicies 'DowngradeDnsFailures, DowngradeCustomFailures'
}

# Put it back to the default after the partner fixes things:
#   Set-SendConnector -Identity $Connector -ErrorPolicies Default
Get-SendConnector -Identity $Connector | Select-Object Name, ErrorPolicies, SmartHosts
