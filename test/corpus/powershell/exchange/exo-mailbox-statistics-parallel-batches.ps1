# Exchange Online: mailbox statistics for a large tenant in batches of 500, keeping the REST
# session busy without hitting throttling, and writing each batch to CSV as it completes.
param(
    [string]$OutFile = ".\ExoMailboxStats_$(Get-Date -Format yyyyMMdd).csv",
    [int]$BatchSize = 500
)

$ids = Get-EXOMailbox -ResultSize Unlimited -Properties ExternalDirectoryObjectId | Select-Object -ExpandProperty ExternalDirectoryObjectId
$total = $ids.Count
Remove-Item -Path $OutFile -ErrorAction SilentlyContinue

for ($offset = 0; $offset -lt $total; $offset += $BatchSize) {
    $slice = $ids[$offset..([math]::Min($offset + $BatchSize, $total) - 1)]
    Write-Progress -Activity 'Mailbox statistics' -Status "$offset of $total" -PercentComplete ($offset * 100 / $total)

    $batch = $slice | Get-EXOMailboxStatistics -Properties LastLogonTime -ErrorAction SilentlyContinue |
        Select-Object DisplayName, ItemCount, TotalItemSize, LastLogonTime, MailboxGuid

    $batch | Export-Csv -Path $OutFile -NoTypeInformation -Append
    Start-Sleep -Milliseconds 500
}
Write-Progress -Activity 'Mailbox statistics' -Completed
Write-Host "$total mailboxes written to $OutFile" -ForegroundColor Green
