<#
.SYNOPSIS
    Pulls every tracking event inside the incident window from the post-incident report.
    The window is written in ISO 8601, which parses the same whatever the server's culture.
#>
$servers = (Get-TransportService).Name

$events = foreach ($s in $servers) {
    Get-MessageTrackingLog -Server $s -Start '2024-03-13T09:00:00' -End '2024-03-13T11:30:00' -EventId FAIL -ResultSize Unlimited
}

$events |
    Group-Object { ($_.RecipientStatus -join ' ') -replace '^(\d\.\d\.\d+).*$', '$1' } |
    Sort-Object Count -Descending |
    Format-Table Count, Name -AutoSize

"{0} failures on {1} servers between 09:00 and 11:30" -f @($events).Count, $servers.Count
