<#
.SYNOPSIS
    Tiny menu-driven admin console: each menu key maps to a script block.
#>
$actions = [ordered]@{
    '1' = @{ Text = 'Queues on this server'; Run = { Get-Queue | Format-Table Identity, Status, MessageCount, NextHopDomain -AutoSize } }
    '2' = @{ Text = 'Send connectors';       Run = { Get-SendConnector | Format-Table Name, Enabled, AddressSpaces -AutoSize } }
    '3' = @{ Text = 'Receive connectors';    Run = { Get-ReceiveConnector -Server $env:COMPUTERNAME | Format-Table Name, Bindings, Enabled -AutoSize } }
    '4' = @{ Text = 'Last 20 FAIL events';   Run = { Get-MessageTrackingLog -EventId FAIL -ResultSize 20 | Format-Table Timestamp, Sender, Recipients -AutoSize } }
    'q' = @{ Text = 'Quit';                  Run = $null }
}

while ($true) {
    Write-Host ''
    foreach ($key in $actions.Keys) {
        Write-Host ("  [{0}] {1}" -f $key, $actions[$key].Text) -ForegroundColor Cyan
    }
    $choice = Read-Host 'Choice'

    if (-not $actions.Contains($choice)) {
        Write-Host "Unknown choice '$choice'" -ForegroundColor Red
        continue
    }
    if ($choice -eq 'q') { break }

    try {
        & $actions[$choice].Run
    }
    catch {
        Write-Host "Command failed: $_" -ForegroundColor Red
    }
}
