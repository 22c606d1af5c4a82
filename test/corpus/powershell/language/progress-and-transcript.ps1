[CmdletBinding()]
param([string[]] $Servers = @('ex01', 'ex02', 'ex03'))

$transcript = Join-Path $env:TEMP ("maintenance-{0:yyyyMMdd-HHmmss}.txt" -f (Get-Date))
Start-Transcript -Path $transcript -Append | Out-Null

try {
    $steps = 'Drain', 'Patch', 'Reboot', 'Verify'
    for ($s = 0; $s -lt $Servers.Count; $s++) {
        $server = $Servers[$s]
        $outer = @{
            Id              = 1
            Activity        = 'Maintenance'
            Status          = "Server $($s + 1) of $($Servers.Count): $server"
            PercentComplete = [int](($s / $Servers.Count) * 100)
        }
        Write-Progress @outer

        for ($t = 0; $t -lt $steps.Count; $t++) {
            Write-Progress -Id 2 -ParentId 1 -Activity $server -Status $steps[$t] `
                -PercentComplete (($t + 1) / $steps.Count * 100) -SecondsRemaining (($steps.Count - $t) * 2)
            Start-Sleep -Milliseconds 100
        }
        Write-Progress -Id 2 -ParentId 1 -Activity $server -Completed
        Write-Information -MessageData "Finished $server" -Tags 'Maintenance' -InformationAction Continue
    }
    Write-Progress -Id 1 -Activity 'Maintenance' -Completed
}
finally {
    Stop-Transcript | Out-Null
}
"Transcript: $transcript ($((Get-Item $transcript).Length) bytes)"
$info = & { Write-Information 'captured' -Tags Demo } 6>&1
$info.Tags -join ','
