<#
.SYNOPSIS
    Queues local move requests for the mailboxes in a CSV (columns: Mailbox, TargetDatabase).
.PARAMETER BatchName
    Name given to all move requests so they can be watched with Get-MoveRequest -BatchName.
#>
param(
    [Parameter(Mandatory)][string]$CsvPath,
    [string]$BatchName = "Move-$((Get-Date).ToString('yyyyMMdd-HHmm'))",
    [int]$BadItemLimit = 10
)

$rows = @(Import-Csv -Path $CsvPath)
Write-Host "Queuing $($rows.Count) moves in batch $BatchName" -ForegroundColor Cyan

for ($i = 0; $i -lt $rows.Count; $i++) {
    $row = $rows[$i]
    $pct = [int](100 * ($i + 1) / $rows.Count)
    Write-Progress -Activity "New-MoveRequest ($BatchName)" -Status "$($row.Mailbox) -> $($row.TargetDatabase)" -PercentComplete $pct

    New-MoveRequest -Identity $row.Mailbox -TargetDatabase $row.TargetDatabase `
        -BatchName $BatchName -BadItemLimit $BadItemLimit -WarningAction SilentlyContinue -ErrorAction Continue |
        Out-Null
}
Write-Progress -Activity "New-MoveRequest ($BatchName)" -Completed

Get-MoveRequest -BatchName $BatchName | Group-Object Status | Select-Object Name, Count
