# Report on online archives: who has one, how big, and on which database.
$archived = Get-Mailbox -Archive -ResultSize Unlimited

$report = $archived | ForEach-Object {
    $s = Get-MailboxStatistics -Identity $_.Identity -Archive -ErrorAction SilentlyContinue
    $props = [ordered]@{
        User            = $_.UserPrincipalName
        ArchiveName     = ($_.ArchiveName -join ',')
        ArchiveDatabase = $_.ArchiveDatabase
        ArchiveItems    = $null
        ArchiveSize     = $null
    }
    if ($s) {
        $props.ArchiveItems = $s.ItemCount
        $props.ArchiveSize = $s.TotalItemSize
    }
    New-Object PSObject -Property $props
}

$report | Sort-Object ArchiveDatabase, User | Format-Table -GroupBy ArchiveDatabase -Property User, ArchiveItems, ArchiveSize
"Mailboxes with an archive: $(@($report).Count)"
