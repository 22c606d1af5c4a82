# Watches the Pickup directory and logs every .eml that arrives and whether transport picked it up
# (the file disappears) within a minute.
$pickup = (Get-TransportService -Identity $env:COMPUTERNAME).PickupDirectoryPath.PathName
$logFile = Join-Path $env:TEMP 'pickup-monitor.log'

$watcher = New-Object System.IO.FileSystemWatcher -Property @{
    Path                  = $pickup
    Filter                = '*.eml'
    IncludeSubdirectories = $false
    EnableRaisingEvents   = $true
}

$action = {
    $path = $Event.SourceEventArgs.FullPath
    $name = $Event.SourceEventArgs.Name
    $line = '{0:u} {1} {2}' -f $Event.TimeGenerated, $Event.SourceEventArgs.ChangeType, $name
    Add-Content -Path $Event.MessageData -Value $line
    Write-Host $line -ForegroundColor Cyan
}

$created = Register-ObjectEvent -InputObject $watcher -EventName Created -SourceIdentifier PickupCreated -Action $action -MessageData $logFile
$deleted = Register-ObjectEvent -InputObject $watcher -EventName Deleted -SourceIdentifier PickupDeleted -Action $action -MessageData $logFile

Write-Host "Watching $pickup; press Ctrl+C to stop." -ForegroundColor Green
try {
    while ($true) {
        Wait-Event -Timeout 5 | Out-Null
    }
}
finally {
    Unregister-Event -SourceIdentifier PickupCreated
    Unregister-Event -SourceIdentifier PickupDeleted
    $created, $deleted | Remove-Job -Force
    $watcher.Dispose()
}
