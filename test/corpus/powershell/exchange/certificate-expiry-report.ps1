<#
.SYNOPSIS
    Lists Exchange certificates that expire within a number of days on every server.
#>
[CmdletBinding()]
param(
    [ValidateRange(1, 365)]
    [int]$Days = 60
)

$limit = (Get-Date).AddDays($Days)
$found = $false

foreach ($server in (Get-ExchangeServer | Where-Object { $_.ServerRole -ne 'Edge' })) {
    $certs = Get-ExchangeCertificate -Server $server.Name -ErrorAction SilentlyContinue
    foreach ($cert in $certs) {
        if ($cert.NotAfter -gt $limit) { continue }
        $found = $true
        $daysLeft = [int]($cert.NotAfter - (Get-Date)).TotalDays
        $colour = if ($daysLeft -lt 0) { 'Red' } elseif ($daysLeft -lt 14) { 'Magenta' } else { 'Yellow' }
        Write-Host ("{0,-12} {1} {2,-45} {3,5} days  services: {4}" -f $server.Name, $cert.Thumbprint, $cert.Subject, $daysLeft, $cert.Services) -ForegroundColor $colour
    }
}

if (-not $found) {
    Write-Host "No certificate expires before $($limit.ToShortDateString())." -ForegroundColor Green
}
