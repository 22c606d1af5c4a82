# Counts servers per role. A switch over an array runs once per element; -Exact compares strings
# without wildcards, and several conditions can match the same element.
$roles = Get-ExchangeServer | ForEach-Object { "$($_.ServerRole)" -split ',\s*' }

$counts = @{ Mailbox = 0; ClientAccess = 0; Edge = 0; Other = 0 }

switch -Exact ($roles) {
    'Mailbox'      { $counts.Mailbox++ }
    'ClientAccess' { $counts.ClientAccess++ }
    'Edge'         { $counts.Edge++ }
    'HubTransport' { $counts.Mailbox += 0 }   # legacy role name on 2010 servers, counted elsewhere
    { $_ -notin 'Mailbox', 'ClientAccess', 'Edge', 'HubTransport' } { $counts.Other++ }
}

$counts.GetEnumerator() | Sort-Object Name | Format-Table Name, Value -AutoSize

$versions = Get-ExchangeServer | ForEach-Object { $_.AdminDisplayVersion.Major, $_.AdminDisplayVersion.Minor -join '.' }
switch ($versions) {
    '14.3' { Write-Host "Exchange 2010 server found - plan its removal" -ForegroundColor Red }
    '15.0' { Write-Host "Exchange 2013 server found (out of support)" -ForegroundColor Yellow }
    '15.1' { Write-Host "Exchange 2016 server" }
    '15.2' { Write-Host "Exchange 2019 server" -ForegroundColor Green }
}
