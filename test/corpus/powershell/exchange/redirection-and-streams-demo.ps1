<#
    Runs a set of diagnostic commands and keeps each output stream where it belongs: results in a
    file, warnings silenced, errors appended to an error log, verbose discarded.
#>
$log = "$env:TEMP\diag-output.txt"
$errLog = "$env:TEMP\diag-errors.txt"
Remove-Item $log, $errLog -ErrorAction SilentlyContinue

Get-ExchangeServer | Format-Table Name, ServerRole, AdminDisplayVersion -AutoSize > $log
Get-Queue 3> $null >> $log
Get-SendConnector -Identity 'Does not exist' 2>> $errLog
Get-TransportService -Verbose 4> $null | Select-Object Name, MessageTrackingLogEnabled >> $log

# Everything, all streams, into one combined transcript-like file.
& {
    Write-Output 'output line'
    Write-Warning 'warning line'
    Write-Verbose 'verbose line' -Verbose
    Write-Error 'error line'
} *> "$env:TEMP\diag-all.txt"

# Merge errors into the success stream to capture them in a variable.
$combined = Get-ReceiveConnector -Identity 'EX99\Nope' 2>&1
$errors = $combined | Where-Object { $_ -is [System.Management.Automation.ErrorRecord] }
Write-Host "Captured $(@($errors).Count) error records" -ForegroundColor Cyan

Get-Content $log | Select-Object -First 20
if (Test-Path $errLog) {
    Write-Host "Errors:" -ForegroundColor Red
    Get-Content $errLog
}
