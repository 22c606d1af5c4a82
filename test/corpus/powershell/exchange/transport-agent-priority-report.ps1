# Prints the transport agents of each transport service in priority order.
$services = 'FrontEnd', 'Hub', 'MailboxSubmission', 'MailboxDelivery'

foreach ($service in $services) {
    Write-Host "`n== $service ==" -ForegroundColor Cyan
    $agents = Get-TransportAgent -TransportService $service -ErrorAction SilentlyContinue
    if (-not $agents) {
        Write-Host '  (none or service not present)' -ForegroundColor DarkGray
        continue
    }
    $agents | Sort-Object Priority | ForEach-Object {
        $state = if ($_.Enabled) { 'enabled ' } else { 'disabled' }
        $colour = @{ $true = 'Green'; $false = 'DarkYellow' }[$_.Enabled]
        Write-Host ("  {0,3}  {1}  {2}" -f $_.Priority, $state, $_.Identity) -ForegroundColor $colour
    }
}
