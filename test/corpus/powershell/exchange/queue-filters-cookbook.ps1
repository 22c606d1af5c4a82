<#
    A cookbook of queue and message filters used during incidents. Each entry is run and the
    count printed, so the script doubles as a quick triage.
#>
param([string]$Server = $env:COMPUTERNAME)

$queueFilters = [ordered]@{
    'Queues in retry'             = "Status -eq 'Retry'"
    'Big external queues'         = "MessageCount -gt 100 -and DeliveryType -eq 'DnsConnectorDelivery'"
    'Smart host queues'           = "DeliveryType -eq 'SmartHostConnectorDelivery'"
    'Queues to contoso.com'       = "NextHopDomain -eq 'contoso.com'"
    'TLS or 451 errors'           = "LastError -like '*451*'"
}

$messageFilters = [ordered]@{
    'Suspended messages'          = "Status -eq 'Suspended'"
    'Likely spam (SCL > 5)'       = 'SCL -gt 5'
    'Large messages'              = 'Size -gt 10MB'
    'From an external domain'     = "FromAddress -like '*@fabrikam.com'"
    'Invoices'                    = "Subject -like '*invoice*'"
    'Retried many times'          = 'RetryCount -gt 5'
}

foreach ($entry in $queueFilters.GetEnumerator()) {
    $count = @(Get-Queue -Server $Server -Filter $entry.Value).Count
    '{0,-28} {1,5} queue(s)   [{2}]' -f $entry.Key, $count, $entry.Value
}

foreach ($entry in $messageFilters.GetEnumerator()) {
    $count = @(Get-Message -Server $Server -Filter $entry.Value -ResultSize Unlimited).Count
    '{0,-28} {1,5} message(s) [{2}]' -f $entry.Key, $count, $entry.Value
}

Get-Queue -Server $Server -Include External -SortOrder '-MessageCount' -ResultSize 5 | Format-Table Identity, MessageCount, Status
Get-Queue -Identity "$Server\Submission" | Format-List Identity, MessageCount, Status, LastError
Get-Queue -Identity "$Server\Poison" -ErrorAction SilentlyContinue | Select-Object Identity, MessageCount
