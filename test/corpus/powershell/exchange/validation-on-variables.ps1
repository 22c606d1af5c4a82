# Validation attributes on ordinary variables: every later assignment is checked too.
[ValidateRange(1, 1000)][int]$batchSize = 100
[ValidateSet('Low', 'Normal', 'High')][string]$priority = 'Normal'
[ValidateNotNullOrEmpty()][string]$targetDatabase = 'DB02'

$mailboxes = @(Get-Mailbox -Database DB01 -ResultSize Unlimited | Sort-Object { $_.Name })

for ($offset = 0; $offset -lt $mailboxes.Count; $offset += $batchSize) {
    $last = [math]::Min($offset + $batchSize, $mailboxes.Count) - 1
    $batch = $mailboxes[$offset..$last]
    $batchName = 'DB01toDB02_{0:D3}' -f ($offset / $batchSize + 1)

    foreach ($m in $batch) {
        New-MoveRequest -Identity $m.Identity -TargetDatabase $targetDatabase -BatchName $batchName -Priority $priority | Out-Null
    }
    Write-Host "Queued $($batch.Count) moves in $batchName" -ForegroundColor Cyan
}

try {
    $batchSize = 5000
}
catch [System.Management.Automation.ValidationMetadataException] {
    Write-Host "A batch of 5000 is refused: $($_.Exception.Message)" -ForegroundColor Yellow
}
