<#
.SYNOPSIS
    Finds logon failures (4625) on Exchange servers for a given account, to trace a client with
    a stale password that keeps locking the account.
#>
param(
    [Parameter(Mandatory)][string]$UserName,
    [string[]]$ComputerName = (Get-ExchangeServer | Where-Object IsClientAccessServer).Fqdn,
    [int]$Hours = 4
)

$filter = @{
    LogName   = 'Security'
    Id        = 4625, 4771
    StartTime = (Get-Date).AddHours(-$Hours)
    Data      = $UserName
}

$results = foreach ($c in $ComputerName) {
    try {
        Get-WinEvent -ComputerName $c -FilterHashtable $filter -ErrorAction Stop | ForEach-Object {
            $xml = [xml]$_.ToXml()
            $data = @{}
            foreach ($d in $xml.Event.EventData.Data) { $data[$d.Name] = $d.'#text' }
            [pscustomobject]@{
                Server      = $c
                Time        = $_.TimeCreated
                EventId     = $_.Id
                SourceIP    = $data['IpAddress']
                Workstation = $data['WorkstationName']
                Process     = $data['ProcessName']
            }
        }
    }
    catch [System.Diagnostics.Eventing.Reader.EventLogException] {
        Write-Warning "${c}: $($_.Exception.Message)"
    }
    catch {
        if ($_.FullyQualifiedErrorId -notlike 'NoMatchingEventsFound*') { Write-Warning "${c}: $_" }
    }
}

$results | Sort-Object Time | Format-Table -AutoSize
$results | Group-Object SourceIP | Sort-Object Count -Descending | Select-Object Count, Name
