# Modern public folders: largest folders and the public folder mailboxes that hold them.
$top = 25

$stats = Get-PublicFolderStatistics -ResultSize Unlimited |
    Select-Object Name, FolderPath, ItemCount, TotalItemSize,
        @{ n = 'SizeMB'; e = { [math]::Round(([long](("$($_.TotalItemSize)" -split '[()]')[1] -replace '[^\d]', '')) / 1MB, 1) } },
        ContentMailboxName

$stats | Sort-Object SizeMB -Descending | Select-Object -First $top | Format-Table Name, FolderPath, ItemCount, SizeMB, ContentMailboxName -AutoSize

Write-Host "Public folder mailboxes:" -ForegroundColor Cyan
Get-Mailbox -PublicFolder | ForEach-Object {
    $s = Get-MailboxStatistics -Identity $_.Identity
    '{0,-30} {1,12}  {2}' -f $_.Name, $s.TotalItemSize, $_.Database
}
