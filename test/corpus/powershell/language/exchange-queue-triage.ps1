[CmdletBinding()]
param(
    [int] $Threshold = 50,
    [switch] $RetryStuck
)

$servers = Get-TransportService | Where-Object { $_.Name -notlike 'EDGE*' }
$queues = foreach ($s in $servers) {
    Get-Queue -Server $s.Name -ErrorAction SilentlyContinue |
        Where-Object { $_.MessageCount -gt 0 -and $_.DeliveryType -ne 'ShadowRedundancy' }
}

$queues | Sort-Object MessageCount -Descending |
    Select-Object Identity, DeliveryType, Status, MessageCount, NextHopDomain,
        @{ n = 'LastError'; e = { if ($_.LastError) { $_.LastError.Substring(0, [math]::Min(60, $_.LastError.Length)) } } } |
    Format-Table -AutoSize

$stuck = $queues | Where-Object { $_.Status -eq 'Retry' -and $_.MessageCount -ge $Threshold }
foreach ($q in $stuck) {
    Write-Warning "$($q.Identity): $($q.MessageCount) messages in retry to $($q.NextHopDomain)"
    if ($RetryStuck) {
        Retry-Queue -Identity $q.Identity
    }
}

$poison = Get-Message -Queue "$($servers[0].Name)\Poison" -ErrorAction SilentlyContinue
if ($poison) {
    "Poison queue on $($servers[0].Name) holds $(@($poison).Count) messages"
    $poison | Select-Object FromAddress, Subject, Size, DateReceived -First 5
}

$old = Get-Message -Filter "DateReceived -lt '$((Get-Date).AddHours(-12))'" -Server $servers[0].Name -ErrorAction SilentlyContinue
$old | Group-Object Queue | Select-Object Name, Count
Get-Message -Queue "$($servers[0].Name)\Submission" -ResultSize 10 -ErrorAction SilentlyContinue |
    Suspend-Message -Confirm:$false -WhatIf
