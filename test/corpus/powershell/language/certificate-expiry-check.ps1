[CmdletBinding()]
param(
    [int] $WarningDays = 45,
    [string] $StorePath = 'Cert:\LocalMachine\My'
)

$now = Get-Date
$certs = Get-ChildItem -Path $StorePath | Where-Object { -not $_.PSIsContainer }

$report = foreach ($cert in $certs) {
    $daysLeft = [int]($cert.NotAfter - $now).TotalDays
    $san = ($cert.Extensions | Where-Object { $_.Oid.FriendlyName -eq 'Subject Alternative Name' } |
            ForEach-Object { $_.Format($false) }) -join '; '
    [pscustomobject]@{
        Subject    = $cert.Subject -replace '^CN=([^,]+).*$', '$1'
        Thumbprint = $cert.Thumbprint
        NotAfter   = $cert.NotAfter
        DaysLeft   = $daysLeft
        Status     = switch ($daysLeft) {
            { $_ -lt 0 } { 'Expired'; break }
            { $_ -le $WarningDays } { 'Expiring'; break }
            default { 'OK' }
        }
        HasKey     = $cert.HasPrivateKey
        SAN        = $san
    }
}

$report | Sort-Object DaysLeft | Format-Table Subject, DaysLeft, Status, HasKey -AutoSize
$bad = @($report | Where-Object Status -NE 'OK')
if ($bad.Count) {
    Write-Warning ("{0} certificate(s) need attention: {1}" -f $bad.Count, ($bad.Subject -join ', '))
}

$remote = [Net.HttpWebRequest]::Create('https://mail.contoso.com')
$remote.Timeout = 5000
try {
    $remote.GetResponse().Dispose()
    $remoteCert = [Security.Cryptography.X509Certificates.X509Certificate2]$remote.ServicePoint.Certificate
    "Remote certificate expires $($remoteCert.NotAfter.ToString('d'))"
}
catch {
    Write-Verbose "Remote check failed: $_"
}
Get-ChildItem Cert:\LocalMachine\My -ExpiringInDays $WarningDays -ErrorAction SilentlyContinue | Measure-Object
