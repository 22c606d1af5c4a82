# Verifies that the TlsCertificateName on each send and receive connector matches a certificate
# installed on the connector's servers. TlsCertificateName looks like "<I>issuer<S>subject".

function Split-TlsCertificateName {
    param([string]$Value)
    if ($Value -match '^<I>(?<issuer>.+)<S>(?<subject>.+)$') {
        return @{ Issuer = $Matches['issuer']; Subject = $Matches['subject'] }
    }
    return $null
}

$certCache = @{}
function Get-ServerCertificates([string]$Server) {
    if (-not $certCache.ContainsKey($Server)) {
        $certCache[$Server] = @(Get-ExchangeCertificate -Server $Server)
    }
    return $certCache[$Server]
}

$checks = @()
foreach ($sc in Get-SendConnector) {
    foreach ($src in $sc.SourceTransportServers) {
        $checks += [pscustomobject]@{ Kind = 'Send'; Connector = $sc.Name; Server = "$src"; Name = "$($sc.TlsCertificateName)" }
    }
}
foreach ($rc in Get-ReceiveConnector) {
    $checks += [pscustomobject]@{ Kind = 'Receive'; Connector = $rc.Identity.ToString(); Server = "$($rc.Server)"; Name = "$($rc.TlsCertificateName)" }
}

foreach ($check in $checks | Where-Object { $_.Name }) {
    $parts = Split-TlsCertificateName $check.Name
    if (-not $parts) {
        Write-Host "[$($check.Kind)] $($check.Connector): unreadable TlsCertificateName '$($check.Name)'" -ForegroundColor Red
        continue
    }
    $match = Get-ServerCertificates $check.Server | Where-Object { $_.Issuer -eq $parts.Issuer -and $_.Subject -eq $parts.Subject }
    if ($match) {
        Write-Host "[$($check.Kind)] $($check.Connector) on $($check.Server): OK, expires $($match[0].NotAfter.ToString('d'))" -ForegroundColor Green
    }
    else {
        Write-Host "[$($check.Kind)] $($check.Connector) on $($check.Server): certificate not found" -ForegroundColor Red
    }
}
