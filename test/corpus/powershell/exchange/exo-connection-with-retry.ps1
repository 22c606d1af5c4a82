# Unattended Exchange Online connection for automation, retried because token endpoints
# sometimes time out at night.
$config = @{
    AppId                 = '00000000-1111-2222-3333-444444444444'
    CertificateThumbprint = 'ABCDEF0123456789ABCDEF0123456789ABCDEF01'
    Organization          = 'contoso.onmicrosoft.com'
    ShowBanner            = $false
}

$maxAttempts = 4
$attempt = 0
$connected = $false

while (-not $connected -and $attempt -lt $maxAttempts) {
    $attempt++
    try {
        Connect-ExchangeOnline @config -ErrorAction Stop
        $connected = $true
    }
    catch {
        $wait = [math]::Pow(2, $attempt) * 15
        Write-Warning ("Attempt {0}/{1} failed: {2}. Waiting {3} s." -f $attempt, $maxAttempts, $_.Exception.Message, $wait)
        Start-Sleep -Seconds $wait
    }
}

if (-not $connected) {
    Write-Error "Could not connect to Exchange Online after $maxAttempts attempts." -ErrorAction Stop
}

try {
    Get-EXOMailbox -ResultSize 5 | Select-Object DisplayName, PrimarySmtpAddress
}
finally {
    Disconnect-ExchangeOnline -Confirm:$false
}
