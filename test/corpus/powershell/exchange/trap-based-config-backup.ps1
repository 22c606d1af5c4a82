# Old-style error handling with trap: each failing export is logged and the script goes on.
$backupRoot = "D:\ExchangeConfigBackup\$(Get-Date -Format yyyyMMdd)"
$errorsSeen = 0

trap {
    $script:errorsSeen++
    Write-Host "Error: $($_.Exception.Message) at line $($_.InvocationInfo.ScriptLineNumber)" -ForegroundColor Red
    continue
}

New-Item -Path $backupRoot -ItemType Directory -Force | Out-Null

$exports = [ordered]@{
    'SendConnectors'     = { Get-SendConnector }
    'ReceiveConnectors'  = { Get-ReceiveConnector }
    'ForeignConnectors'  = { Get-ForeignConnector }
    'AcceptedDomains'    = { Get-AcceptedDomain }
    'RemoteDomains'      = { Get-RemoteDomain }
    'TransportConfig'    = { Get-TransportConfig }
    'TransportServices'  = { Get-TransportService }
    'TransportRules'     = { Get-TransportRule }
}

foreach ($name in $exports.Keys) {
    $file = Join-Path $backupRoot "$name.xml"
    & $exports[$name] | Export-Clixml -Path $file -ErrorAction Stop
    Write-Host "Saved $name" -ForegroundColor Green
}

if ($errorsSeen) {
    Write-Host "$errorsSeen exports failed." -ForegroundColor Red
    exit 1
}
