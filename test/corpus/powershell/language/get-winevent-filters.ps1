[CmdletBinding()]
param(
    [int] $Hours = 24,
    [string] $ComputerName = $env:COMPUTERNAME
)

$start = (Get-Date).AddHours(-$Hours)

$filter = @{
    LogName      = 'Application'
    ProviderName = 'MSExchangeTransport', 'MSExchangeFrontEndTransport'
    Level        = 2, 3
    StartTime    = $start
}
$transportEvents = Get-WinEvent -FilterHashtable $filter -ComputerName $ComputerName -MaxEvents 500 -ErrorAction SilentlyContinue
$transportEvents | Group-Object Id | Sort-Object Count -Descending | Select-Object -First 5 Name, Count

$xpath = "*[System[(EventID=4625) and TimeCreated[timediff(@SystemTime) <= $($Hours * 3600000)]]]"
$failedLogons = Get-WinEvent -LogName Security -FilterXPath $xpath -MaxEvents 50 -ErrorAction SilentlyContinue
foreach ($evt in $failedLogons) {
    $xml = [xml]$evt.ToXml()
    $data = @{}
    $xml.Event.EventData.Data | ForEach-Object { $data[$_.Name] = $_.'#text' }
    '{0:u} {1}\{2} from {3}' -f $evt.TimeCreated, $data.TargetDomainName, $data.TargetUserName, $data.IpAddress
}

$query = @'
<QueryList>
  <Query Id="0" Path="System">
    <Select Path="System">*[System[Provider[@Name='Service Control Manager'] and (EventID=7031 or EventID=7034)]]</Select>
  </Query>
</QueryList>
'@
Get-WinEvent -FilterXml ([xml]$query) -MaxEvents 20 -ErrorAction SilentlyContinue |
    Select-Object TimeCreated, Id, @{ n = 'Message'; e = { ($_.Message -split "`n")[0] } }

Get-WinEvent -ListLog *Exchange* -ErrorAction SilentlyContinue | Where-Object RecordCount -GT 0 |
    Sort-Object RecordCount -Descending | Select-Object LogName, RecordCount, @{ n = 'MaxMB'; e = { $_.MaximumSizeInBytes / 1MB } }
Get-WinEvent -FilterHashtable @{ LogName = 'System'; Id = 6005, 6006; StartTime = $start } -ErrorAction SilentlyContinue |
    Measure-Object | Select-Object -ExpandProperty Count
