# Typed trap statements: a missing cmdlet (shell not loaded) stops the script with a clear
# message; any other error is logged and the script carries on.
trap [System.Management.Automation.CommandNotFoundException] {
    Write-Host "An Exchange cmdlet is not available: $($_.TargetObject). Open the Exchange Management Shell." -ForegroundColor Red
    break
}

trap {
    Write-Host "Warning: $($_.Exception.Message)" -ForegroundColor Yellow
    continue
}

$report = [ordered]@{}
$report['Servers'] = @(Get-ExchangeServer).Count
$report['SendConnectors'] = @(Get-SendConnector).Count
$report['ReceiveConnectors'] = @(Get-ReceiveConnector).Count
$report['AcceptedDomains'] = @(Get-AcceptedDomain).Count
$report['QueuedMessages'] = (Get-Queue | Measure-Object MessageCount -Sum).Sum

$report.GetEnumerator() | ForEach-Object { '{0,-20}{1,8}' -f $_.Key, $_.Value }
