[CmdletBinding(SupportsShouldProcess = $true)]
param(
    [string]$PolicyName = 'Restricted OWA',
    [string]$Group = 'OWA Restricted Users'
)

# A stricter OWA policy (no attachments download on public computers, no themes) for a group.
if (-not (Get-OwaMailboxPolicy -Identity $PolicyName -ErrorAction SilentlyContinue)) {
    New-OwaMailboxPolicy -Name $PolicyName | Out-Null
}

Set-OwaMailboxPolicy -Identity $PolicyName -DirectFileAccessOnPublicComputersEnabled $false `
    -WacViewingOnPublicComputersEnabled $true -ThemeSelectionEnabled $false -InstantMessagingEnabled $false -WhatIf:$WhatIfPreference

$members = Get-DistributionGroupMember -Identity $Group -ResultSize Unlimited | Where-Object RecipientType -eq 'UserMailbox'
foreach ($m in $members) {
    if ($PSCmdlet.ShouldProcess($m.PrimarySmtpAddress, "OwaMailboxPolicy = $PolicyName")) {
        Set-CASMailbox -Identity $m.Identity -OwaMailboxPolicy $PolicyName
    }
}

Get-CASMailbox -ResultSize Unlimited | Group-Object OwaMailboxPolicy -NoElement | Format-Table Name, Count -AutoSize
