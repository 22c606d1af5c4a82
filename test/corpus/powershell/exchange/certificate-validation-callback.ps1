<#
    Calls the Autodiscover and EWS endpoints of each server directly by IP to see which
    certificate each one presents. Certificate errors are expected (the name is an IP), so the
    validation callback records the certificate and accepts it for this check only.
#>
param(
    [string[]]$Address = @('10.0.1.10', '10.0.1.11')
)

Add-Type -AssemblyName System.Net.Http
$seen = @{}

$previous = [System.Net.ServicePointManager]::ServerCertificateValidationCallback
[System.Net.ServicePointManager]::ServerCertificateValidationCallback = {
    param($sender, $certificate, $chain, $errors)
    $seen[$sender.RequestUri.Host] = [pscustomobject]@{
        Subject  = $certificate.Subject
        Expires  = $certificate.GetExpirationDateString()
        Errors   = $errors
    }
    return $true
}

try {
    foreach ($ip in $Address) {
        foreach ($path in '/autodiscover/healthcheck.htm', '/ews/healthcheck.htm') {
            try {
                $request = [System.Net.HttpWebRequest]::Create("https://$ip$path")
                $request.Timeout = 5000
                $response = $request.GetResponse()
                Write-Host "$ip$path -> $([int]$response.StatusCode)" -ForegroundColor Green
                $response.Close()
            }
            catch [System.Net.WebException] {
                Write-Host "$ip$path -> $($_.Exception.Status)" -ForegroundColor Red
            }
        }
    }
}
finally {
    [System.Net.ServicePointManager]::ServerCertificateValidationCallback = $previous
}

$seen.GetEnumerator() | ForEach-Object { '{0}: {1} (expires {2}; {3})' -f $_.Key, $_.Value.Subject, $_.Value.Expires, $_.Value.Errors }
