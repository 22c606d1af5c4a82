# Keeping intermediate results while a pipeline runs: Tee-Object, -OutVariable, -ErrorVariable
# (with + to append) and -PipelineVariable.
$log = Join-Path $env:TEMP 'queue-check.txt'

Get-TransportService -OutVariable transport |
    ForEach-Object { Get-Queue -Server $_.Name -ErrorAction SilentlyContinue -ErrorVariable +queueErrors } |
    Tee-Object -Variable allQueues |
    Where-Object MessageCount -gt 0 |
    Tee-Object -FilePath $log |
    Format-Table Identity, MessageCount, Status -AutoSize

"Servers: $($transport.Count); queues seen: $($allQueues.Count); errors: $($queueErrors.Count)"

Get-TransportService -PipelineVariable svc |
    ForEach-Object { Get-ReceiveConnector -Server $svc.Name } |
    Select-Object @{ n = 'Server'; e = { $svc.Name } }, Name, Enabled |
    Format-Table -AutoSize
