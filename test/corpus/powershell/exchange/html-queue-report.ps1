<#
.SYNOPSIS
    Builds an HTML page with the queues of every transport server and mails it.
#>
param(
    [string]$To = 'messaging-team@contoso.com',
    [string]$From = 'exchange-reports@contoso.com',
    [string]$SmtpServer = 'relay.contoso.com',
    [string]$ReportFile = "$env:TEMP\QueueReport.html"
)

$style = @'
<style>
  body  { font-family: Segoe UI, Arial, sans-serif; font-size: 10pt; }
  table { border-collapse: collapse; }
  th    { background: #0b5394; color: #fff; padding: 4px 8px; }
  td    { border: 1px solid #ccc; padding: 3px 8px; }
  .bad  { background: #f4cccc; }
</style>
'@

$queues = Get-TransportService | ForEach-Object { Get-Queue -Server $_.Name } |
    Where-Object { $_.MessageCount -gt 0 } |
    Select-Object @{ n = 'Queue'; e = { $_.Identity } }, DeliveryType, Status, MessageCount, NextHopDomain, LastError

$fragment = if ($queues) {
    $queues | ConvertTo-Html -Fragment -PreContent '<h2>Non-empty queues</h2>' | Out-String
}
else {
    '<p>All queues are empty.</p>'
}

# Highlight rows whose status is Retry by adding a class to the <tr>.
$fragment = $fragment -replace '<tr><td>([^<]+)</td><td>([^<]+)</td><td>Retry</td>', '<tr class="bad"><td>$1</td><td>$2</td><td>Retry</td>'

$html = @"
<html>
<head><title>Queue report</title>$style</head>
<body>
<h1>Exchange queue report - $(Get-Date -Format 'dddd d MMMM yyyy HH:mm')</h1>
$fragment
<p>Generated on $env:COMPUTERNAME by $env:USERNAME.</p>
</body>
</html>
"@

$html | Out-File -FilePath $ReportFile -Encoding utf8
Send-MailMessage -To $To -From $From -Subject "Queue report $(Get-Date -Format d)" -Body $html -BodyAsHtml -SmtpServer $SmtpServer
