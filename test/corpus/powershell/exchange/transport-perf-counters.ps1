<#
.SYNOPSIS
    Samples the transport performance counters that matter during a backlog.
#>
param(
    [string[]]$ComputerName = @($env:COMPUTERNAME),
    [int]$Samples = 6,
    [int]$IntervalSeconds = 10
)

$counters = @(
    '\MSExchangeTransport Queues(_total)\Aggregate Delivery Queue Length (All Queues)'
    '\MSExchangeTransport Queues(_total)\Submission Queue Length'
    '\MSExchangeTransport Queues(_total)\Messages Queued for Delivery Per Second'
    '\MSExchangeTransport Queues(_total)\Messages Completed Delivery Per Second'
    '\MSExchangeTransport Queues(_total)\Poison Queue Length'
    '\Process(EdgeTransport)\% Processor Time'
)

$data = Get-Counter -ComputerName $ComputerName -Counter $counters -SampleInterval $IntervalSeconds -MaxSamples $Samples -ErrorAction SilentlyContinue

$data.CounterSamples |
    Group-Object { ($_.Path -split '\\')[2] + ' ' + ($_.Path -split '\\')[-1] } |
    ForEach-Object {
        $values = $_.Group | ForEach-Object CookedValue
        $stats = $values | Measure-Object -Average -Maximum
        [pscustomobject]@{
            Counter = $_.Name
            Average = [math]::Round($stats.Average, 1)
            Maximum = [math]::Round($stats.Maximum, 1)
            Last    = [math]::Round($values[-1], 1)
        }
    } | Format-Table -AutoSize
