<#
.SYNOPSIS
    Backs up transport rules as a rule collection XML plus a readable summary.
#>
param(
    [string]$BackupFolder = "C:\Backups\TransportRules\$(Get-Date -Format yyyy-MM-dd)"
)

New-Item -ItemType Directory -Path $BackupFolder -Force | Out-Null

$collection = Export-TransportRuleCollection
[System.IO.File]::WriteAllBytes((Join-Path $BackupFolder 'Rules.xml'), $collection.FileData)

Get-TransportRule | Sort-Object Priority | ForEach-Object {
    [pscustomobject]@{
        Priority    = $_.Priority
        Name        = $_.Name
        State       = $_.State
        Mode        = $_.Mode
        Description = ($_.Description -replace "`r`n", ' ').Trim()
    }
} | Export-Csv -Path (Join-Path $BackupFolder 'Rules.csv') -NoTypeInformation

Write-Host "Transport rules saved to $BackupFolder" -ForegroundColor Green
