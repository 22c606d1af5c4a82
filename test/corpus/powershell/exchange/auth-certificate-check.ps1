#requires -Version 5.1
# The OAuth (Auth) certificate must exist on all servers and must not be expired,
# otherwise hybrid free/busy and EWS calls start failing.

$auth = Get-AuthConfig
$thumbprint = $auth.CurrentCertificateThumbprint
Write-Host "Current Auth certificate: $thumbprint" -ForegroundColor Cyan
if ($auth.NextCertificateThumbprint) {
    Write-Host "Next Auth certificate:    $($auth.NextCertificateThumbprint) from $($auth.NextCertificateEffectiveDate)" -ForegroundColor Cyan
}

$missing = [System.Collections.Generic.List[string]]@()
Get-ExchangeServer | Where-Object { $_.ServerRole -notlike '*Edge*' } | ForEach-Object {
    $name = $_.Name
    $cert = Get-ExchangeCertificate -Server $name -Thumbprint $thumbprint -ErrorAction SilentlyContinue
    if ($null -eq $cert) {
        $missing.Add($name)
        return
    }
    $left = New-TimeSpan -Start (Get-Date) -End $cert.NotAfter
    "{0,-15} expires {1:yyyy-MM-dd} ({2} days)" -f $name, $cert.NotAfter, $left.Days
}

if ($missing.Count -gt 0) {
    Write-Host "Auth certificate missing on: $($missing -join ', ')" -ForegroundColor Red
}
