<#
.SYNOPSIS
    Delivery reports (Search-MessageTrackingReport / Get-MessageTrackingReport) for a sender,
    the same data the "Delivery reports" page in ECP shows.
#>
param(
    [Parameter(Mandatory)][string]$Sender,
    [string]$Subject,
    [int]$MaxReports = 10
)

$searchParams = @{
    Identity               = $Sender
    Sender                 = $Sender
    ResultSize             = $MaxReports
    BypassDelegateChecking = $true
}
if ($Subject) { $searchParams.Subject = $Subject }

$found = Search-MessageTrackingReport @searchParams

foreach ($r in $found) {
    $report = Get-MessageTrackingReport -Identity $r.MessageTrackingReportId -BypassDelegateChecking -DetailLevel Basic -ReportTemplate Summary
    Write-Host "$($r.SubmittedDateTime)  $($r.Subject)" -ForegroundColor Cyan
    foreach ($event in $report.RecipientTrackingEvents) {
        $colour = switch ("$($event.Status)") {
            'Delivered' { 'Green' }
            'Pending'   { 'Yellow' }
            'Read'      { 'Green' }
            default     { 'Red' }
        }
        Write-Host ("   {0,-40} {1}" -f $event.RecipientAddress, $event.Status) -ForegroundColor $colour
    }
}
