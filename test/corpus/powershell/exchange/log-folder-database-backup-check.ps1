# For each database: last full/incremental backup and the number of transaction logs waiting on disk.
$rows = foreach ($db in Get-MailboxDatabase -Status) {
    $logPath = $db.LogFolderPath.PathName
    $server = $db.Server.Name
    $unc = "\\$server\$($logPath -replace '^([A-Za-z]):', '$1$')"

    $logs = Get-ChildItem -Path $unc -Filter "$($db.LogFilePrefix)*.log" -ErrorAction SilentlyContinue
    $sizeGB = [math]::Round((($logs | Measure-Object -Property Length -Sum).Sum) / 1GB, 2)

    [pscustomobject]@{
        Database        = $db.Name
        Server          = $server
        LastFull        = $db.LastFullBackup
        LastIncremental = $db.LastIncrementalBackup
        HoursSinceFull  = if ($db.LastFullBackup) { [int]((Get-Date) - $db.LastFullBackup).TotalHours } else { $null }
        LogFiles        = @($logs).Count
        LogGB           = $sizeGB
        Circular        = $db.CircularLoggingEnabled
    }
}

$rows | Sort-Object HoursSinceFull -Descending | Format-Table -AutoSize
$rows | Where-Object { -not $_.Circular -and ($null -eq $_.HoursSinceFull -or $_.HoursSinceFull -gt 48) } | ForEach-Object {
    Write-Host "$($_.Database): no full backup in 48 h and $($_.LogFiles) logs ($($_.LogGB) GB) waiting" -ForegroundColor Red
}
