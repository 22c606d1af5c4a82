# Objects whose property names are also PowerShell keywords (from JSON, CSV or event data).
$json = @'
[
  { "class": "Hub", "process": "EdgeTransport", "begin": "08:00", "end": "18:00", "data": 42 },
  { "class": "FrontEnd", "process": "MSExchangeFrontendTransport", "begin": "00:00", "end": "23:59", "data": 7 }
]
'@

$windows = $json | ConvertFrom-Json

foreach ($w in $windows) {
    '{0,-10} {1,-30} {2}-{3} data={4}' -f $w.class, $w.process, $w.begin, $w.end, $w.data
}

$windows | Select-Object class, process, @{ n = 'Hours'; e = { ([datetime]$_.end - [datetime]$_.begin).TotalHours } } | Format-Table -AutoSize

$procs = Get-Process -Name EdgeTransport, MSExchangeFrontendTransport -ErrorAction SilentlyContinue
$procs | Select-Object Name, Id, @{ n = 'WorkingSetMB'; e = { [math]::Round($_.WorkingSet64 / 1MB) } }, Handles
