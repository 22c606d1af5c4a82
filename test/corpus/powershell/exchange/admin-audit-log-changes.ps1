# Connector and transport changes made through the admin audit log in the last days.
param(
    [int]$Days = 7
)

$cmdlets = 'Set-SendConnector', 'New-SendConnector', 'Remove-SendConnector',
    'Set-ReceiveConnector', 'New-ReceiveConnector', 'Remove-ReceiveConnector',
    'Set-TransportConfig', 'Set-TransportService', 'New-TransportRule', 'Set-TransportRule', 'Remove-TransportRule'

$entries = Search-AdminAuditLog -Cmdlets $cmdlets -StartDate (Get-Date).AddDays(-$Days) -EndDate (Get-Date)

foreach ($e in $entries | Sort-Object RunDate) {
    $params = ($e.CmdletParameters | ForEach-Object { "-$($_.Name) $($_.Value)" }) -join ' '
    $who = ($e.Caller -split '/')[-1]
    Write-Host ("{0:yyyy-MM-dd HH:mm} {1,-20} {2} {3}" -f $e.RunDate, $who, $e.CmdletName, $e.ObjectModified) -ForegroundColor Cyan
    Write-Host "    $params"
    if (-not $e.Succeeded) {
        Write-Host "    FAILED: $($e.Error)" -ForegroundColor Red
    }
}
"{0} changes in {1} days" -f @($entries).Count, $Days
