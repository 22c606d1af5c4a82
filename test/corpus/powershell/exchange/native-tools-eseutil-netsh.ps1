<#
.SYNOPSIS
    Runs the native tools an Exchange admin reaches for: eseutil header dump, netsh SSL bindings,
    certutil store listing and nslookup for MX, and checks their exit codes.
#>
param(
    [string]$DatabasePath = 'D:\Databases\DB01\DB01.edb'
)

$eseutil = Join-Path $env:ExchangeInstallPath 'Bin\eseutil.exe'

# Slash-style switches and quoted paths go straight to the native program.
$header = & $eseutil /mh "$DatabasePath"
if ($LASTEXITCODE -ne 0) {
    Write-Host "eseutil failed with exit code $LASTEXITCODE" -ForegroundColor Red
}
else {
    $state = $header | Select-String -Pattern 'State:\s+(.+)$' | ForEach-Object { $_.Matches[0].Groups[1].Value.Trim() }
    Write-Host "Database state: $state" -ForegroundColor Cyan
}

# Bare words with '=' and ':' are passed as they are.
netsh http show sslcert ipport=0.0.0.0:443
certutil -store My | Select-String 'Cert Hash|NotAfter'

# The stop-parsing token keeps cmd-style variables away from PowerShell.
cmd.exe /c --% echo Exchange installed in "%ExchangeInstallPath%"

$mx = nslookup -type=MX contoso.com 2>$null
$mx | Where-Object { $_ -match 'mail exchanger' }

icacls "D:\Databases" /grant "CONTOSO\Exchange Trusted Subsystem:(OI)(CI)F" /T /C | Out-Null
Write-Host "icacls exit code: $LASTEXITCODE"
