param([string[]] $Targets = @('ex01', 'ex02', 'ex03', 'edge01'))

$init = {
    function Get-Latency {
        param([string] $Name)
        $sw = [Diagnostics.Stopwatch]::StartNew()
        $ok = Test-Connection -ComputerName $Name -Count 1 -Quiet -ErrorAction SilentlyContinue
        [pscustomobject]@{ Name = $Name; Reachable = $ok; Ms = $sw.ElapsedMilliseconds }
    }
}

$running = [System.Collections.Generic.List[System.Management.Automation.Job]]::new()
foreach ($t in $Targets) {
    $running.Add((Start-Job -Name "ping-$t" -InitializationScript $init -ScriptBlock { Get-Latency -Name $args[0] } -ArgumentList $t))
}

$results = @()
while ($running.Count -gt 0) {
    $done = Wait-Job -Job $running -Any -Timeout 30
    if (-not $done) {
        Write-Warning "Timed out waiting for: $($running.Name -join ', ')"
        $running | Stop-Job -PassThru | Remove-Job
        break
    }
    $results += Receive-Job -Job $done
    [void] $running.Remove($done)
    Remove-Job -Job $done
}
$results | Sort-Object Ms | Format-Table -AutoSize

if (Get-Command -Name Start-ThreadJob -ErrorAction SilentlyContinue) {
    $tj = Start-ThreadJob -ScriptBlock { param($n) 1..$n | Measure-Object -Sum } -ArgumentList 100 -ThrottleLimit 4
    ($tj | Receive-Job -Wait -AutoRemoveJob).Sum
}
Get-Job -State Completed | Remove-Job
$scheduled = Get-ScheduledJob -ErrorAction SilentlyContinue
"scheduled jobs: $(@($scheduled).Count)"
