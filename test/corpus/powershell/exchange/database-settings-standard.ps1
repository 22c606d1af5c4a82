<#
    Brings every mailbox database to the standard settings: deleted item retention,
    quotas, and circular logging only where the DAG has 3+ copies.
#>
[CmdletBinding(SupportsShouldProcess)]
param()

$standard = @{
    RetainDeletedItemsFor      = '30.00:00:00'
    MailboxRetention           = '30.00:00:00'
    IssueWarningQuota          = '45GB'
    ProhibitSendQuota          = '48GB'
    ProhibitSendReceiveQuota   = '50GB'
    RetainDeletedItemsUntilBackup = $false
}

foreach ($db in Get-MailboxDatabase) {
    $copies = @($db.DatabaseCopies).Count
    $settings = $standard.Clone()
    $settings.CircularLoggingEnabled = ($copies -ge 3)

    if ($PSCmdlet.ShouldProcess($db.Name, "Apply standard ($copies copies, circular logging $($settings.CircularLoggingEnabled))")) {
        Set-MailboxDatabase -Identity $db.Identity @settings
    }
}

Get-MailboxDatabase | Format-Table Name, RetainDeletedItemsFor, ProhibitSendReceiveQuota, CircularLoggingEnabled -AutoSize
