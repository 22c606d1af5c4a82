# Interactive helper: pick queues in a grid, then retry or suspend the ones picked.
$queues = Get-TransportService | ForEach-Object { Get-Queue -Server $_.Name } |
    Where-Object { $_.MessageCount -gt 0 } |
    Select-Object Identity, DeliveryType, Status, MessageCount, NextHopDomain, LastError

if (-not $queues) {
    Write-Host 'No queue holds messages.' -ForegroundColor Green
    return
}

$picked = $queues | Out-GridView -Title 'Select queues, then OK' -PassThru
if (-not $picked) { return }

$action = @('Retry', 'Suspend', 'Resume') | Out-GridView -Title 'Action' -OutputMode Single
switch ($action) {
    'Retry'   { $picked | ForEach-Object { Retry-Queue -Identity $_.Identity } }
    'Suspend' { $picked | ForEach-Object { Suspend-Queue -Identity $_.Identity -Confirm:$false } }
    'Resume'  { $picked | ForEach-Object { Resume-Queue -Identity $_.Identity } }
    default   { Write-Host 'No action chosen.' }
}
