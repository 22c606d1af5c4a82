# Top senders by number of messages received by the transport service over the last 24 hours.
$since = [DateTime]::Now.AddDays(-1)
$limit = 25

$logs = Get-TransportService | Get-MessageTrackingLog -Start $since -EventId RECEIVE -ResultSize Unlimited |
    Where-Object { $_.Source -eq 'SMTP' }

$stats = $logs | Group-Object -Property Sender -NoElement | Sort-Object -Property Count -Descending
$stats | Select-Object -First $limit -Property Count, Name | Format-Table -AutoSize

$total = ($stats | Measure-Object -Property Count -Sum).Sum
"{0:N0} messages from {1:N0} distinct senders since {2:g}" -f $total, $stats.Count, $since

# Senders above a daily threshold are worth a look (compromised accounts, mail loops).
$stats | Where-Object { $_.Count -gt 2000 } | ForEach-Object {
    Write-Warning ("{0} sent {1:N0} messages in 24 hours" -f $_.Name, $_.Count)
}
