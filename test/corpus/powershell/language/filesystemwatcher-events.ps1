param(
    [string] $Folder = "$env:TEMP\pickup",
    [int] $Seconds = 10
)

New-Item -ItemType Directory -Path $Folder -Force | Out-Null
$watcher = New-Object System.IO.FileSystemWatcher $Folder, '*.eml'
$watcher.NotifyFilter = [System.IO.NotifyFilters]::FileName -bor [System.IO.NotifyFilters]::LastWrite
$watcher.EnableRaisingEvents = $true

$handler = {
    $path = $Event.SourceEventArgs.FullPath
    $change = $Event.SourceEventArgs.ChangeType
    $stamp = $Event.TimeGenerated
    Write-Host ('{0:HH:mm:ss} {1} {2}' -f $stamp, $change, (Split-Path $path -Leaf))
    $Event.MessageData.Count++
}

$state = @{ Count = 0 }
$subscriptions = 'Created', 'Changed', 'Deleted' | ForEach-Object {
    Register-ObjectEvent -InputObject $watcher -EventName $_ -SourceIdentifier "Pickup.$_" -Action $handler -MessageData $state
}
Register-EngineEvent -SourceIdentifier PowerShell.Exiting -SupportEvent -Action {
    Get-EventSubscriber | Where-Object SourceIdentifier -Like 'Pickup.*' | Unregister-Event
}

try {
    Set-Content -Path (Join-Path $Folder 'test.eml') -Value "From: a@contoso.com`r`nTo: b@contoso.com`r`n`r`nhello"
    $deadline = (Get-Date).AddSeconds($Seconds)
    while ((Get-Date) -lt $deadline) {
        Wait-Event -Timeout 1 | Out-Null
    }
}
finally {
    $subscriptions | ForEach-Object { Unregister-Event -SourceIdentifier $_.Name -ErrorAction SilentlyContinue }
    $subscriptions | Remove-Job -Force
    $watcher.Dispose()
}
"Events seen: $($state.Count)"
