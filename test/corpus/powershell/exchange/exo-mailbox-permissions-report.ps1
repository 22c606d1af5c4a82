<#
.SYNOPSIS
    Exchange Online: Full Access and Send As permissions on shared mailboxes.
.NOTES
    Needs Connect-ExchangeOnline first. Uses the EXO V2/V3 REST cmdlets (Get-EXOMailbox).
#>
[CmdletBinding()]
param(
    [string]$CsvPath = ".\SharedMailboxPermissions.csv"
)

if (-not (Get-Command Get-EXOMailbox -ErrorAction SilentlyContinue)) {
    throw 'Run Connect-ExchangeOnline before this script.'
}

$shared = Get-EXOMailbox -RecipientTypeDetails SharedMailbox -ResultSize Unlimited -Properties GrantSendOnBehalfTo
$rows = @()
$n = 0

foreach ($mbx in $shared) {
    $n++
    Write-Progress -Activity 'Shared mailbox permissions' -Status $mbx.PrimarySmtpAddress -PercentComplete ($n * 100 / $shared.Count)

    Get-EXOMailboxPermission -Identity $mbx.UserPrincipalName |
        Where-Object { $_.User -notlike 'NT AUTHORITY\*' -and -not $_.IsInherited } |
        ForEach-Object {
            $rows += [pscustomobject]@{ Mailbox = $mbx.PrimarySmtpAddress; Trustee = $_.User; Right = ($_.AccessRights -join ',') }
        }

    Get-EXORecipientPermission -Identity $mbx.UserPrincipalName |
        Where-Object { $_.Trustee -ne 'NT AUTHORITY\SELF' } |
        ForEach-Object {
            $rows += [pscustomobject]@{ Mailbox = $mbx.PrimarySmtpAddress; Trustee = $_.Trustee; Right = 'SendAs' }
        }

    foreach ($delegate in $mbx.GrantSendOnBehalfTo) {
        $rows += [pscustomobject]@{ Mailbox = $mbx.PrimarySmtpAddress; Trustee = $delegate; Right = 'SendOnBehalf' }
    }
}
Write-Progress -Activity 'Shared mailbox permissions' -Completed

$rows | Export-Csv -Path $CsvPath -NoTypeInformation -Encoding UTF8
$rows | Group-Object Right | Select-Object Name, Count
