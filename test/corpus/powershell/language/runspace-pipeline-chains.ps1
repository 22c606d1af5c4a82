$servers = 'ex01', 'ex02', 'ex03', 'ex04'
$pool = [runspacefactory]::CreateRunspacePool(1, 3)
$pool.ApartmentState = 'MTA'
$pool.Open()

$work = {
    param([string] $Server, [int] $TimeoutMs)
    $ping = New-Object System.Net.NetworkInformation.Ping
    $reply = $ping.Send($Server, $TimeoutMs)
    [pscustomobject]@{ Server = $Server; Status = $reply.Status.ToString(); Ms = $reply.RoundtripTime }
}

$jobs = foreach ($server in $servers) {
    $ps = [PowerShell]::Create().
        AddScript($work).
        AddParameter('Server', $server).
        AddParameter('TimeoutMs', 500)
    $ps.RunspacePool = $pool
    [pscustomobject]@{ Server = $server; Shell = $ps; Handle = $ps.BeginInvoke() }
}

$results = foreach ($job in $jobs) {
    try {
        $job.Shell.EndInvoke($job.Handle)
        if ($job.Shell.HadErrors) {
            $job.Shell.Streams.Error | ForEach-Object { Write-Warning "$($job.Server): $_" }
        }
    }
    finally {
        $job.Shell.Dispose()
    }
}
$pool.Close()
$pool.Dispose()
$results | Sort-Object Server | Format-Table -AutoSize

$single = [powershell]::Create()
[void]$single.AddCommand('Get-Process').AddParameter('Name', 'powershell').AddCommand('Select-Object').AddParameter('First', 1)
$single.Invoke()
$single.Dispose()
