<#
    Checks every DAG member's database copies and prints anything unhealthy:
    copy/replay queue lengths over a threshold or a content index that is not Healthy.
#>
param(
    [int]$CopyQueueThreshold = 10,
    [int]$ReplayQueueThreshold = 50
)

$problems = 0
$members = Get-DatabaseAvailabilityGroup | Select-Object -ExpandProperty Servers

:servers foreach ($member in $members) {
    try {
        $copies = Get-MailboxDatabaseCopyStatus -Server $member -ErrorAction Stop
    }
    catch {
        Write-Host "[$member] cannot query copy status: $_" -ForegroundColor Red
        $problems++
        continue servers
    }

    foreach ($copy in $copies) {
        $issues = @()
        if ($copy.Status -notin 'Mounted', 'Healthy') { $issues += "status $($copy.Status)" }
        if ($copy.CopyQueueLength -gt $CopyQueueThreshold) { $issues += "copy queue $($copy.CopyQueueLength)" }
        if ($copy.ReplayQueueLength -gt $ReplayQueueThreshold) { $issues += "replay queue $($copy.ReplayQueueLength)" }
        if ($copy.ContentIndexState -ne 'Healthy') { $issues += "index $($copy.ContentIndexState)" }

        if ($issues.Count) {
            $problems++
            Write-Host ("[{0}] {1}: {2}" -f $member, $copy.Name, ($issues -join ', ')) -ForegroundColor Yellow
        }
    }
}

if ($problems -eq 0) {
    Write-Host 'All database copies are healthy.' -ForegroundColor Green
}
exit $problems
