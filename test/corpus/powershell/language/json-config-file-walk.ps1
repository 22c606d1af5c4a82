param([string] $ConfigPath = "$PSScriptRoot\settings.json")

$defaultJson = @'
{
  "environment": "prod",
  "smtp": { "server": "relay.contoso.local", "port": 25, "tls": true },
  "recipients": ["ops@contoso.com", "messaging@contoso.com"],
  "thresholds": { "queue": 100, "diskPct": 85, "certDays": 30 },
  "features": { "report": true, "autoRetry": false }
}
'@

$settings = if (Test-Path $ConfigPath) {
    Get-Content -Path $ConfigPath -Raw | ConvertFrom-Json
}
else {
    $defaultJson | ConvertFrom-Json
}

function Show-Tree {
    param($Node, [string] $Prefix = '')
    foreach ($p in $Node.PSObject.Properties) {
        if ($p.Value -is [System.Management.Automation.PSCustomObject]) {
            "$Prefix$($p.Name):"
            Show-Tree -Node $p.Value -Prefix "$Prefix  "
        }
        elseif ($p.Value -is [array]) {
            "$Prefix$($p.Name): [$($p.Value -join ', ')]"
        }
        else {
            "$Prefix$($p.Name) = $($p.Value)"
        }
    }
}
Show-Tree -Node $settings

$settings.thresholds.queue = 150
$settings.features | Add-Member -NotePropertyName 'nightly' -NotePropertyValue $true
$settings.recipients += 'oncall@contoso.com'
$enabled = $settings.features.PSObject.Properties | Where-Object Value | ForEach-Object Name
"Enabled features: $($enabled -join ', ')"

$asHash = @{}
$settings.smtp.PSObject.Properties | ForEach-Object { $asHash[$_.Name] = $_.Value }
"smtp as hashtable has $($asHash.Count) keys"
$settings | ConvertTo-Json -Depth 4 | Set-Content -Path "$env:TEMP\settings.out.json" -Encoding UTF8
'[1, 2, 3]' | ConvertFrom-Json | Measure-Object -Sum | Select-Object -ExpandProperty Sum
