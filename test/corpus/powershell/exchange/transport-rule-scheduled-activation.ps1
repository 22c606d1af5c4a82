[CmdletBinding(SupportsShouldProcess = $true)]
param(
    [string]$RuleName = 'Holiday auto-reply redirect'
)

# A rule that should only be active over the office closure. Dates come from the facilities
# calendar export, which uses ISO 8601 timestamps.
$rule = Get-TransportRule -Identity $RuleName -ErrorAction SilentlyContinue

if (-not $rule) {
    New-TransportRule -Name $RuleName -SentTo 'orders@contoso.com' -RedirectMessageTo 'orders-oncall@contoso.com' `
        -ActivationDate '2024-12-23T18:00:00' -ExpiryDate '2025-01-02T07:00:00' -Comments 'Office closed' -WhatIf:$WhatIfPreference
}
elseif ($PSCmdlet.ShouldProcess($RuleName, 'Move activation window')) {
    Set-TransportRule -Identity $RuleName -ActivationDate '2024-12-23T18:00:00' -ExpiryDate '2025-01-02T07:00:00'
}

Get-TransportRule -Identity $RuleName | Format-List Name, State, ActivationDate, ExpiryDate
