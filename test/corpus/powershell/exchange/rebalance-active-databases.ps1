# Moves every mounted database back to the copy with ActivationPreference 1 when it is healthy.
[CmdletBinding(SupportsShouldProcess = $true)]
param()

$moves = 0
foreach ($db in Get-MailboxDatabase -Status | Where-Object { $_.ReplicationType -eq 'Remote' }) {
    $preferred = ($db.ActivationPreference | Sort-Object Value | Select-Object -First 1).Key.Name
    $active = $db.Server.Name

    if ($preferred -eq $active) { continue }

    $copy = Get-MailboxDatabaseCopyStatus -Identity "$($db.Name)\$preferred"
    if ($copy.Status -ne 'Healthy' -or $copy.CopyQueueLength -gt 0 -or $copy.ReplayQueueLength -gt 20) {
        Write-Warning "$($db.Name): preferred copy on $preferred is $($copy.Status) (copy queue $($copy.CopyQueueLength)); not moving."
        continue
    }

    if ($PSCmdlet.ShouldProcess($db.Name, "Activate on $preferred (now on $active)")) {
        Move-ActiveMailboxDatabase -Identity $db.Name -ActivateOnServer $preferred -MountDialOverride None -Confirm:$false |
            Select-Object Identity, ActiveServerAtStart, ActiveServerAtEnd, Status
        $moves++
    }
}
Write-Host "$moves databases moved." -ForegroundColor Cyan
