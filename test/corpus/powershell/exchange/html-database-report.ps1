[CmdletBinding()]
param(
    [string]$Path = (Join-Path ([Environment]::GetFolderPath('Desktop')) 'DatabaseReport.html')
)

function New-HtmlRow {
    param([string[]]$Cells, [string]$Class)
    $tds = ($Cells | ForEach-Object { "<td>$([System.Net.WebUtility]::HtmlEncode($_))</td>" }) -join ''
    if ($Class) { return "<tr class=`"$Class`">$tds</tr>" }
    return "<tr>$tds</tr>"
}

$sb = New-Object System.Text.StringBuilder
[void]$sb.AppendLine('<table><tr><th>Database</th><th>Server</th><th>Size</th><th>Mailboxes</th><th>Backup</th></tr>')

foreach ($db in Get-MailboxDatabase -Status | Sort-Object Name) {
    $count = @(Get-Mailbox -Database $db.Name -ResultSize Unlimited -WarningAction SilentlyContinue).Count
    $backupAge = if ($db.LastFullBackup) { ((Get-Date) - $db.LastFullBackup).Days } else { 9999 }
    $class = ''
    if ($backupAge -gt 2) { $class = 'warn' }
    [void]$sb.AppendLine((New-HtmlRow -Cells @($db.Name, "$($db.Server)", "$($db.DatabaseSize)", "$count", "$backupAge days") -Class $class))
}
[void]$sb.AppendLine('</table>')

$page = @"
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Databases</title>
<style>td,th{padding:4px 10px;border:1px solid #999}.warn{background:#ffe599}</style></head>
<body><h1>Mailbox databases</h1>
$($sb.ToString())
</body></html>
"@

Set-Content -Path $Path -Value $page -Encoding UTF8
Invoke-Item -Path $Path
