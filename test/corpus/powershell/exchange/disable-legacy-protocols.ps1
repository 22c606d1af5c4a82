<#
.SYNOPSIS
    Disables POP3 and IMAP4 for everyone except members of an exception group, and reports
    who still has them afterwards.
#>
param(
    [string]$ExceptionGroup = 'Legacy Protocol Users'
)

$exceptions = @{}
Get-DistributionGroupMember -Identity $ExceptionGroup -ResultSize Unlimited | ForEach-Object {
    $exceptions["$($_.PrimarySmtpAddress)".ToLower()] = $true
}

$cas = Get-CASMailbox -ResultSize Unlimited | Where-Object { $_.PopEnabled -or $_.ImapEnabled }
foreach ($c in $cas) {
    $key = "$($c.PrimarySmtpAddress)".ToLower()
    if ($exceptions.ContainsKey($key)) { continue }
    Set-CASMailbox -Identity $c.Identity -PopEnabled $false -ImapEnabled $false
}

Get-CASMailbox -ResultSize Unlimited -Filter 'PopEnabled -eq $true -or ImapEnabled -eq $true' |
    Select-Object DisplayName, PrimarySmtpAddress, PopEnabled, ImapEnabled |
    Sort-Object DisplayName
