<#
    Runs the client access test cmdlets against each server with the test mailbox created by
    New-TestCasConnectivityUser.ps1, and shows one line per test.
#>
param(
    [string[]]$ClientAccessServer = (Get-ExchangeServer | Where-Object IsClientAccessServer).Name
)

$tests = [ordered]@{
    'OWA'          = { param($s) Test-OwaConnectivity -ClientAccessServer $s -AllowUnsecureAccess -ErrorAction Stop }
    'ActiveSync'   = { param($s) Test-ActiveSyncConnectivity -ClientAccessServer $s -TrustAnySSLCertificate -ErrorAction Stop }
    'EWS'          = { param($s) Test-WebServicesConnectivity -ClientAccessServer $s -TrustAnySSLCertificate -ErrorAction Stop }
    'Outlook/MAPI' = { param($s) Test-MapiConnectivity -Server $s -ErrorAction Stop }
}

foreach ($s in $ClientAccessServer) {
    foreach ($name in $tests.Keys) {
        try {
            $result = & $tests[$name] $s | Select-Object -First 1
            $outcome = "$($result.Result)"
            $latency = $result.Latency
            $colour = if ($outcome -eq 'Success') { 'Green' } else { 'Yellow' }
            Write-Host ("{0,-10} {1,-13} {2,-8} {3}" -f $s, $name, $outcome, $latency) -ForegroundColor $colour
        }
        catch {
            Write-Host ("{0,-10} {1,-13} ERROR    {2}" -f $s, $name, $_.Exception.Message) -ForegroundColor Red
        }
    }
}
