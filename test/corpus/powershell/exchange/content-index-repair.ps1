[CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'High')]
param(
    [Parameter(Mandatory = $true)]
    [string]$Server
)

# Reseeds the search catalog of every copy on the server whose content index is Failed or
# FailedAndSuspended, from a healthy copy.
$bad = Get-MailboxDatabaseCopyStatus -Server $Server |
    Where-Object { $_.ContentIndexState -in 'Failed', 'FailedAndSuspended' }

if (-not $bad) {
    Write-Host "All content indexes on $Server are healthy." -ForegroundColor Green
    return
}

foreach ($copy in $bad) {
    Write-Host "$($copy.Name): $($copy.ContentIndexState) - $($copy.ContentIndexErrorMessage)" -ForegroundColor Yellow
    if ($PSCmdlet.ShouldProcess($copy.Name, 'Update-MailboxDatabaseCopy -CatalogOnly')) {
        try {
            Update-MailboxDatabaseCopy -Identity $copy.Name -CatalogOnly -BeginSeed -ErrorAction Stop
        }
        catch {
            Write-Host "  reseed failed: $($_.Exception.Message)" -ForegroundColor Red
        }
    }
}

Start-Sleep -Seconds 30
Get-MailboxDatabaseCopyStatus -Server $Server | Format-Table Name, Status, ContentIndexState -AutoSize
