# Only one copy of this job may run at a time on a server.
param([int] $WorkSeconds = 3)

$mutexName = 'Global\Contoso.QueueReport'
$createdNew = $false
$mutex = New-Object System.Threading.Mutex($true, $mutexName, [ref] $createdNew)

if (-not $createdNew) {
    try {
        $acquired = $mutex.WaitOne([TimeSpan]::FromSeconds(2))
    }
    catch [System.Threading.AbandonedMutexException] {
        Write-Warning 'A previous run ended without releasing the lock; taking it over.'
        $acquired = $true
    }
    if (-not $acquired) {
        Write-Warning 'Another run is in progress; exiting.'
        $mutex.Dispose()
        exit 2
    }
}

try {
    $timer = [System.Diagnostics.Stopwatch]::StartNew()
    while ($timer.Elapsed.TotalSeconds -lt $WorkSeconds) {
        Write-Verbose ('working... {0:N1}s' -f $timer.Elapsed.TotalSeconds)
        Start-Sleep -Milliseconds 500
    }
    'Finished in {0:N1} s' -f $timer.Elapsed.TotalSeconds
}
finally {
    $mutex.ReleaseMutex()
    $mutex.Dispose()
}
exit 0
