# After a CU install: the errors and the last lines of ExchangeSetup.log.
$log = Join-Path $env:SystemDrive 'ExchangeSetupLogs\ExchangeSetup.log'
if (-not (Test-Path $log)) {
    Write-Warning "No setup log at $log"
    return
}

$lines = Get-Content -Path $log
$errors = for ($i = 0; $i -lt $lines.Count; $i++) {
    if ($lines[$i] -match '\[ERROR\]|\[ERROR-REFERENCE\]|The following error was generated') {
        [pscustomobject]@{
            Line    = $i + 1
            Text    = $lines[$i].Substring([math]::Min(30, $lines[$i].Length))
            Context = ($lines[[math]::Max(0, $i - 2)..[math]::Min($lines.Count - 1, $i + 2)] -join "`n")
        }
    }
}

if ($errors) {
    Write-Host "$(@($errors).Count) error lines in the setup log" -ForegroundColor Red
    $errors | Select-Object -Last 5 | Format-List Line, Context
}
else {
    Write-Host 'No errors logged by setup.' -ForegroundColor Green
}

Write-Host 'Last lines:' -ForegroundColor Cyan
$lines | Select-Object -Last 10
