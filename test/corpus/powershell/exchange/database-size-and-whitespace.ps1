# Database size versus available new mailbox space, per server.
$databases = Get-MailboxDatabase -Status | Sort-Object Server, Name

$databases | Format-Table -AutoSize -Property `
    Name,
    Server,
    @{ Label = 'Size (GB)'; Expression = { '{0:N1}' -f ($_.DatabaseSize.ToBytes() / 1GB) }; Align = 'Right' },
    @{ Label = 'Whitespace (GB)'; Expression = { '{0:N1}' -f ($_.AvailableNewMailboxSpace.ToBytes() / 1GB) }; Align = 'Right' },
    @{ Label = 'Mounted'; Expression = { $_.Mounted } },
    @{ Label = 'Last full backup'; Expression = { if ($_.LastFullBackup) { $_.LastFullBackup.ToString('yyyy-MM-dd HH:mm') } else { 'never' } } }

$totalBytes = 0
foreach ($db in $databases) { $totalBytes += $db.DatabaseSize.ToBytes() }
Write-Host ("Total across {0} databases: {1:N2} TB" -f $databases.Count, ($totalBytes / 1TB))

# Databases where more than a fifth of the file is whitespace are candidates for a move-and-recreate.
$databases | Where-Object { $_.AvailableNewMailboxSpace.ToBytes() -gt 0.2 * $_.DatabaseSize.ToBytes() } | ForEach-Object {
    Write-Host "$($_.Name): consider moving its mailboxes to a new database to reclaim space" -ForegroundColor Yellow
}
