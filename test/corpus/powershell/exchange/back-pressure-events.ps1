<#
.SYNOPSIS
    Finds back pressure events (MSExchangeTransport 15004-15007) on transport servers.
#>
param(
    [string[]]$ComputerName = @($env:COMPUTERNAME),
    [int]$Days = 7
)

$xpath = @'
*[System[Provider[@Name='MSExchangeTransport'] and (EventID=15004 or EventID=15005 or EventID=15006 or EventID=15007)]]
'@

foreach ($computer in $ComputerName) {
    try {
        $events = Get-WinEvent -ComputerName $computer -LogName Application -FilterXPath $xpath.Trim() -MaxEvents 200 -ErrorAction Stop |
            Where-Object { $_.TimeCreated -gt (Get-Date).AddDays(-$Days) }
    }
    catch [System.Exception] {
        if ($_.Exception.Message -like '*No events were found*') {
            Write-Host "${computer}: no back pressure events" -ForegroundColor Green
        }
        else {
            Write-Host "${computer}: $($_.Exception.Message)" -ForegroundColor Red
        }
        continue
    }

    foreach ($e in $events) {
        $level = switch ($e.Id) {
            15004 { 'Increased' }
            15005 { 'Decreased' }
            15006 { 'Disk space (critical)' }
            15007 { 'Memory (critical)' }
        }
        '{0} {1:yyyy-MM-dd HH:mm} {2,-22} {3}' -f $computer, $e.TimeCreated, $level, (($e.Message -split "`n")[0])
    }
}
