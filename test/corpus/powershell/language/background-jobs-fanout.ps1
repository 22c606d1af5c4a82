param(
    [string[]] $Servers = @('ex01', 'ex02', 'ex03'),
    [int] $TimeoutSeconds = 120
)

$jobs = foreach ($server in $Servers) {
    Start-Job -Name "queue-$server" -ArgumentList $server -ScriptBlock {
        param($Name)
        Start-Sleep -Seconds (Get-Random -Minimum 1 -Maximum 3)
        [pscustomobject]@{ Server = $Name; Queued = Get-Random -Maximum 50; At = Get-Date }
    }
}

$threshold = 25
$watch = Start-Job -ScriptBlock {
    "Threshold seen by the job: $using:threshold"
}

$finished = $jobs | Wait-Job -Timeout $TimeoutSeconds
$late = $jobs | Where-Object State -EQ 'Running'
if ($late) {
    Write-Warning "Still running after $TimeoutSeconds s: $($late.Name -join ', ')"
    $late | Stop-Job
}

$results = $finished | Receive-Job
$results | Sort-Object Queued -Descending | Format-Table Server, Queued, At

$failed = Get-Job | Where-Object { $_.State -eq 'Failed' }
foreach ($f in $failed) {
    "Job $($f.Name) failed: $($f.ChildJobs[0].JobStateInfo.Reason.Message)"
}

Receive-Job -Job $watch -Wait -AutoRemoveJob
$jobs | Remove-Job -Force

$remote = Invoke-Command -ComputerName $Servers -AsJob -ThrottleLimit 2 -ScriptBlock { $env:COMPUTERNAME }
Wait-Job -Job $remote | Out-Null
Receive-Job -Job $remote -Keep | ForEach-Object { "remote name: $_" }
Register-ObjectEvent -InputObject $remote -EventName StateChanged -SourceIdentifier RemoteDone -Action { Write-Host 'state changed' } | Out-Null
Unregister-Event -SourceIdentifier RemoteDone
