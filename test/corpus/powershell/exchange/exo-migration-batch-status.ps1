# Exchange Online migration batches and the users in each that are not Synced/Completed.
$batches = Get-MigrationBatch

foreach ($b in $batches) {
    $colour = switch -Wildcard ("$($b.Status)") {
        'Completed*' { 'Green' }
        '*Failed*'   { 'Red' }
        'Syncing'    { 'Cyan' }
        'Synced'     { 'Green' }
        default      { 'Yellow' }
    }
    Write-Host ("{0,-30} {1,-22} total {2,4}  synced {3,4}  failed {4,4}" -f $b.Identity, $b.Status, $b.TotalCount, $b.SyncedCount, $b.FailedCount) -ForegroundColor $colour

    if ($b.FailedCount -gt 0 -or "$($b.Status)" -like '*Error*') {
        Get-MigrationUser -BatchId $b.Identity -ResultSize Unlimited |
            Where-Object { "$($_.Status)" -notin 'Synced', 'Completed' } |
            ForEach-Object {
                $stats = Get-MigrationUserStatistics -Identity $_.Identity
                Write-Host ("    {0} {1}: {2}" -f $_.Identity, $_.Status, $stats.ErrorSummary) -ForegroundColor DarkYellow
            }
    }
}
