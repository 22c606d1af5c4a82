<#
    Removes Full Access entries whose trustee is an orphaned SID (account deleted in AD),
    shown by Get-MailboxPermission as S-1-5-21-...
#>
[CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Medium')]
param(
    [string]$Database
)

$scope = @{ ResultSize = 'Unlimited' }
if ($Database) { $scope['Database'] = $Database }

$mailboxes = Get-Mailbox @scope
$total = $mailboxes.Count
$i = 0

foreach ($mbx in $mailboxes) {
    $i++
    if ($i % 25 -eq 0) {
        Write-Progress -Activity 'Scanning permissions' -Status "$i of $total" -PercentComplete ($i / $total * 100)
    }

    $orphans = Get-MailboxPermission -Identity $mbx.Identity |
        Where-Object { -not $_.IsInherited -and "$($_.User)" -match '^S-1-5-21-\d+-\d+-\d+-\d+$' }

    foreach ($o in $orphans) {
        if ($PSCmdlet.ShouldProcess("$($mbx.PrimarySmtpAddress)", "Remove $($o.AccessRights) for $($o.User)")) {
            Remove-MailboxPermission -Identity $mbx.Identity -User "$($o.User)" -AccessRights $o.AccessRights -InheritanceType All -Confirm:$false
        }
    }
}
Write-Progress -Activity 'Scanning permissions' -Completed
