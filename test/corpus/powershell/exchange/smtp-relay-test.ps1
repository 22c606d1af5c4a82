<#
.SYNOPSIS
    Sends a test message through a relay connector and tracks it in the logs.
#>
param(
    [string]$SmtpServer = 'ex01.contoso.com',
    [string]$From = 'relay-test@contoso.com',
    [string]$To = 'postmaster@contoso.com',
    [int]$WaitSeconds = 20
)

$marker = [guid]::NewGuid().ToString('N').Substring(0, 12)
$subject = "Relay test $marker"

try {
    Send-MailMessage -SmtpServer $SmtpServer -From $From -To $To -Subject $subject -Body "Sent at $(Get-Date -Format o)" -ErrorAction Stop
    Write-Host "Submitted '$subject' to $SmtpServer" -ForegroundColor Cyan
}
catch [System.Net.Mail.SmtpException] {
    Write-Host "The server refused the message: $($_.Exception.StatusCode) $($_.Exception.Message)" -ForegroundColor Red
    exit 1
}

Start-Sleep -Seconds $WaitSeconds

$trail = Get-MessageTrackingLog -Server $SmtpServer -MessageSubject $subject -Start (Get-Date).AddMinutes(-10) |
    Sort-Object Timestamp

if (-not $trail) {
    Write-Host 'No tracking events yet; the message may still be in a queue.' -ForegroundColor Yellow
    exit 2
}

$trail | Format-Table Timestamp, EventId, Source, ConnectorId, @{ n = 'Recipients'; e = { $_.Recipients -join ',' } } -AutoSize
if ($trail.EventId -contains 'DELIVER' -or $trail.EventId -contains 'SEND') {
    Write-Host 'Delivered.' -ForegroundColor Green
}
