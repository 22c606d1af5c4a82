#requires -Version 7.0
param(
    [string[]] $Servers = @('ex01', 'ex02', 'ex03', 'edge01'),
    [int] $Throttle = 4
)

$timeout = 2
$results = $Servers | ForEach-Object -Parallel {
    $reply = Test-Connection -TargetName $_ -Count 1 -TimeoutSeconds $using:timeout -ErrorAction SilentlyContinue
    [pscustomobject]@{
        Server = $_
        Up     = [bool]$reply
        Ms     = $reply.Latency
    }
} -ThrottleLimit $Throttle

$results | Sort-Object Server | Format-Table -AutoSize
