<#
.SYNOPSIS
    Lists every send connector with its address spaces, smart hosts and source servers.
.DESCRIPTION
    Writes a table to the console and, when -CsvPath is given, an export for the change board.
.PARAMETER CsvPath
    Optional path of a CSV file to write.
.EXAMPLE
    .\get-send-connector-report.ps1 -CsvPath C:\Reports\SendConnectors.csv
#>
[CmdletBinding()]
param(
    [Parameter()]
    [string]$CsvPath
)

$connectors = Get-SendConnector

if (-not $connectors) {
    Write-Warning "No send connectors were returned. Is the Exchange Management Shell loaded?"
    return
}

$report = foreach ($connector in $connectors) {
    [PSCustomObject]@{
        Name           = $connector.Name
        Enabled        = $connector.Enabled
        AddressSpaces  = ($connector.AddressSpaces | ForEach-Object { $_.ToString() }) -join '; '
        SmartHosts     = ($connector.SmartHosts -join '; ')
        DnsRouting     = $connector.DNSRoutingEnabled
        SourceServers  = ($connector.SourceTransportServers | ForEach-Object { $_.Name }) -join ', '
        MaxMessageSize = $connector.MaxMessageSize
        RequireTLS     = $connector.RequireTLS
        Fqdn           = $connector.Fqdn
    }
}

$report | Sort-Object Name | Format-Table Name, Enabled, AddressSpaces, SmartHosts, RequireTLS -AutoSize

if ($CsvPath) {
    $report | Export-Csv -Path $CsvPath -NoTypeInformation -Encoding UTF8
    Write-Host "Report written to $CsvPath" -ForegroundColor Green
}
