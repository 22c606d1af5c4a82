# Builds an HTML table by hand (not ConvertTo-Html) so every cell can get a class from its value.
param(
    [string]$Path = "$env:TEMP\ConnectorAudit.html"
)

function Get-CellClass {
    param([string]$Column, [object]$Value)
    switch ($Column) {
        'Enabled'    { if ($Value) { 'ok' } else { 'off' } }
        'RequireTLS' { if ($Value) { 'ok' } else { 'warn' } }
        'Anonymous'  { if ($Value) { 'warn' } else { 'ok' } }
        default      { '' }
    }
}

$columns = 'Server', 'Name', 'Enabled', 'RequireTLS', 'Anonymous', 'Bindings'
$rows = Get-ReceiveConnector | ForEach-Object {
    [ordered]@{
        Server     = "$($_.Server)"
        Name       = $_.Name
        Enabled    = $_.Enabled
        RequireTLS = $_.RequireTLS
        Anonymous  = "$($_.PermissionGroups)" -match 'AnonymousUsers'
        Bindings   = ($_.Bindings -join ', ')
    }
}

$lines = New-Object System.Collections.Generic.List[string]
$lines.Add('<table>')
$lines.Add('<tr>' + (($columns | ForEach-Object { "<th>$_</th>" }) -join '') + '</tr>')
foreach ($r in $rows) {
    $cells = foreach ($c in $columns) {
        $class = Get-CellClass -Column $c -Value $r[$c]
        $text = [System.Net.WebUtility]::HtmlEncode("$($r[$c])")
        if ($class) { "<td class=""$class"">$text</td>" } else { "<td>$text</td>" }
    }
    $lines.Add("<tr>$($cells -join '')</tr>")
}
$lines.Add('</table>')

@"
<html><head><style>
.ok { background:#d9ead3 } .warn { background:#fff2cc } .off { color:#999 }
td, th { padding: 3px 8px; border: 1px solid #ccc }
</style></head><body>
<h1>Receive connectors $(Get-Date -Format 'yyyy-MM-dd')</h1>
$($lines -join "`r`n")
</body></html>
"@ | Set-Content -Path $Path -Encoding UTF8
Write-Host "Written $Path"
