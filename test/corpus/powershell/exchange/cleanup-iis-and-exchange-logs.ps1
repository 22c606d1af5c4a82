<#
.SYNOPSIS
    Deletes IIS and Exchange diagnostic logs older than a number of days.
.DESCRIPTION
    A common clean-up for Exchange servers where C: fills up with logging. Run it as a scheduled
    task under an account that is a local administrator. Use -WhatIf first.
#>
[CmdletBinding(SupportsShouldProcess = $true)]
param(
    [ValidateRange(1, 365)]
    [int]$Days = 14
)

$exchangeRoot = $env:ExchangeInstallPath
if (-not $exchangeRoot) {
    $exchangeRoot = 'C:\Program Files\Microsoft\Exchange Server\V15\'
}

$folders = @(
    'C:\inetpub\logs\LogFiles'
    (Join-Path $exchangeRoot 'Logging')
    (Join-Path $exchangeRoot 'Bin\Search\Ceres\Diagnostics\ETLTraces')
    (Join-Path $exchangeRoot 'Bin\Search\Ceres\Diagnostics\Logs')
)

$cutoff = (Get-Date).AddDays(-$Days)
$freed = 0L

foreach ($folder in $folders) {
    if (-not (Test-Path -LiteralPath $folder)) {
        Write-Verbose "Skipping missing folder $folder"
        continue
    }

    $old = Get-ChildItem -LiteralPath $folder -Recurse -File -Include *.log, *.blg, *.etl -ErrorAction SilentlyContinue |
        Where-Object LastWriteTime -lt $cutoff

    foreach ($file in $old) {
        if ($PSCmdlet.ShouldProcess($file.FullName, 'Remove')) {
            $size = $file.Length
            Remove-Item -LiteralPath $file.FullName -Force -ErrorAction SilentlyContinue
            if ($?) { $freed += $size }
        }
    }
}

Write-Host ("Freed {0:N1} MB" -f ($freed / 1MB)) -ForegroundColor Green
