<#
.SYNOPSIS
    Greps SMTP send protocol logs for a remote host or error text and shows the lines around it.
#>
param(
    [Parameter(Mandatory = $true)]
    [string]$Pattern,

    [string]$LogPath = (Get-TransportService -Identity $env:COMPUTERNAME).SendProtocolLogPath,

    [int]$Context = 3,

    [int]$NewestFiles = 5
)

$files = Get-ChildItem -Path $LogPath -Filter '*.log' | Sort-Object LastWriteTime -Descending | Select-Object -First $NewestFiles

$hits = $files | Select-String -Pattern $Pattern -Context $Context, $Context

foreach ($hit in $hits) {
    Write-Host ("{0}:{1}" -f $hit.Filename, $hit.LineNumber) -ForegroundColor Cyan
    $hit.Context.PreContext | ForEach-Object { Write-Host "  $_" -ForegroundColor DarkGray }
    Write-Host "> $($hit.Line)" -ForegroundColor Yellow
    $hit.Context.PostContext | ForEach-Object { Write-Host "  $_" -ForegroundColor DarkGray }
}

# Session ids are the third CSV column; list the sessions that matched.
$sessions = $hits | ForEach-Object { ($_.Line -split ',')[2] } | Sort-Object -Unique
"Matched sessions: $($sessions -join ' ')"
