<#
    Reads the LocalMachine\My store directly (no Exchange cmdlets) and reports certificates
    with their SAN names, so it also works on a server where the shell is broken.
#>
param(
    [int]$ExpiringWithinDays = 30
)

$now = [datetime]::UtcNow
$store = New-Object System.Security.Cryptography.X509Certificates.X509Store('My', 'LocalMachine')
$store.Open([System.Security.Cryptography.X509Certificates.OpenFlags]::ReadOnly)

try {
    foreach ($cert in $store.Certificates) {
        $san = $cert.Extensions | Where-Object { $_.Oid.Value -eq '2.5.29.17' }
        $names = if ($san) { $san.Format($false) -replace 'DNS Name=', '' } else { '' }
        $days = [math]::Floor(($cert.NotAfter.ToUniversalTime() - $now).TotalDays)

        [pscustomobject]@{
            Thumbprint  = $cert.Thumbprint
            Subject     = $cert.Subject
            SAN         = $names
            NotAfter    = $cert.NotAfter
            DaysLeft    = $days
            HasKey      = $cert.HasPrivateKey
            Expiring    = $days -le $ExpiringWithinDays
        }
    }
}
finally {
    $store.Close()
}
