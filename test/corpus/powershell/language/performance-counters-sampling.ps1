param(
    [string[]] $ComputerName = @($env:COMPUTERNAME),
    [int] $Samples = 3,
    [int] $IntervalSeconds = 2
)

$counters = @(
    '\Processor(_Total)\% Processor Time'
    '\Memory\Available MBytes'
    '\LogicalDisk(C:)\% Free Space'
    '\MSExchangeTransport Queues(_total)\Active Mailbox Delivery Queue Length'
)

$data = Get-Counter -Counter $counters -ComputerName $ComputerName -SampleInterval $IntervalSeconds -MaxSamples $Samples -ErrorAction SilentlyContinue

$rows = foreach ($set in $data) {
    foreach ($sample in $set.CounterSamples) {
        [pscustomobject]@{
            Time     = $set.Timestamp
            Computer = ($sample.Path -split '\\')[2]
            Counter  = ($sample.Path -split '\\', 4)[3]
            Value    = [math]::Round($sample.CookedValue, 2)
        }
    }
}

$rows | Group-Object Computer, Counter | ForEach-Object {
    $stats = $_.Group | Measure-Object -Property Value -Average -Maximum
    [pscustomobject]@{
        Key     = $_.Name
        Average = [math]::Round($stats.Average, 1)
        Max     = $stats.Maximum
    }
} | Sort-Object Key | Format-Table -AutoSize

$cpu = $rows | Where-Object Counter -Like '*Processor Time' | Measure-Object Value -Average
if ($cpu.Average -gt 85) { Write-Warning ("CPU averaged {0:N0}%" -f $cpu.Average) }
(Get-Counter -ListSet 'MSExchange*' -ErrorAction SilentlyContinue).CounterSetName | Select-Object -First 5
$elapsed = Measure-Command { Get-Counter '\Memory\Committed Bytes' -ErrorAction SilentlyContinue | Out-Null }
'one sample took {0:N0} ms' -f $elapsed.TotalMilliseconds
