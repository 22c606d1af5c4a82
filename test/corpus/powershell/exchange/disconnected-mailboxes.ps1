<#
    Disconnected and soft-deleted mailboxes on every database, with the date they were
    disconnected; useful before a restore with Connect-Mailbox or New-MailboxRestoreRequest.
#>
$rows = foreach ($db in Get-MailboxDatabase) {
    Get-MailboxStatistics -Database $db.Identity |
        Where-Object { $_.DisconnectReason } |
        Select-Object DisplayName, DisconnectReason, DisconnectDate, TotalItemSize, MailboxGuid,
            @{ n = 'Database'; e = { $db.Name } },
            @{ n = 'DaysLeft'; e = {
                $retention = $db.MailboxRetention
                if ($_.DisconnectDate) { [int]($retention.TotalDays - ((Get-Date) - $_.DisconnectDate).TotalDays) } else { $null }
            } }
}

$rows | Sort-Object DaysLeft | Format-Table DisplayName, DisconnectReason, DisconnectDate, DaysLeft, Database -AutoSize

# To reconnect one:  Connect-Mailbox -Identity <MailboxGuid> -Database <Database> -User <account>
