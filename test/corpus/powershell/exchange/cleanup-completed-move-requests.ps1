[CmdletBinding(SupportsShouldProcess = $true)]
param(
    [int]$OlderThanDays = 7
)

$cutoff = (Get-Date).AddDays(-$OlderThanDays)
$done = Get-MoveRequest -MoveStatus Completed -ResultSize Unlimited |
    Get-MoveRequestStatistics |
    Where-Object { $_.CompletionTimestamp -and $_.CompletionTimestamp -lt $cutoff }

$done | Select-Object DisplayName, CompletionTimestamp, TotalMailboxSize, BatchName | Format-Table -AutoSize

foreach ($r in $done) {
    if ($PSCmdlet.ShouldProcess($r.DisplayName, 'Remove-MoveRequest')) {
        Remove-MoveRequest -Identity $r.Identity -Confirm:$false
    }
}

$failed = @(Get-MoveRequest -MoveStatus Failed -ResultSize Unlimited)
if ($failed.Count) {
    Write-Host "$($failed.Count) failed move requests need attention:" -ForegroundColor Red
    $failed | Get-MoveRequestStatistics | Select-Object DisplayName, FailureType, Message | Format-List
}
