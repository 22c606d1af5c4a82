param(
    [datetime]$Start = (Get-Date).AddDays(-3),
    [string[]]$Server = (Get-TransportService).Name
)

$fails = foreach ($s in $Server) {
    Get-MessageTrackingLog -Server $s -Start $Start -EventId FAIL -ResultSize Unlimited
}

$categories = foreach ($f in $fails) {
    $status = "$($f.RecipientStatus)"
    $category = switch -Wildcard ($status) {
        '*5.1.1*'  { 'Unknown recipient'; break }
        '*5.1.10*' { 'Recipient not found (EXO)'; break }
        '*5.2.2*'  { 'Mailbox full'; break }
        '*5.3.4*'  { 'Message too large'; break }
        '*5.7.1*'  { 'Not authorised / rejected'; break }
        '*5.4.*'   { 'Routing or DNS'; break }
        '*4.4.7*'  { 'Expired in queue'; break }
        default    { 'Other' }
    }
    [pscustomobject]@{ Category = $category; Sender = $f.Sender; Status = $status }
}

$categories | Group-Object Category | Sort-Object Count -Descending | Format-Table Count, Name -AutoSize
$categories | Where-Object Category -eq 'Other' | Select-Object -First 10 Status | Format-List
