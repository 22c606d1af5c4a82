[CmdletBinding()]
param(
    [datetime]$Day = (Get-Date).Date.AddDays(-1)
)

# Messages received from the Internet per hour for one day, one bar per hour.
$events = Get-TransportService | Get-MessageTrackingLog -Start $Day -End $Day.AddDays(1) -EventId RECEIVE -ResultSize Unlimited |
    Where-Object { $_.Source -eq 'SMTP' -and $_.ConnectorId -like '*Default Frontend*' }

$perHour = New-Object 'int[]' 24
foreach ($e in $events) { $perHour[$e.Timestamp.Hour]++ }

$peak = [math]::Max(1, ($perHour | Measure-Object -Maximum).Maximum)
Write-Host "Inbound Internet mail on $($Day.ToString('dddd d MMMM yyyy'))" -ForegroundColor Cyan
for ($h = 0; $h -lt 24; $h++) {
    $bar = '=' * [int](40 * $perHour[$h] / $peak)
    $colour = if ($perHour[$h] -eq $peak) { 'Yellow' } else { 'Gray' }
    Write-Host ('{0:00}:00 {1,-40} {2,6}' -f $h, $bar, $perHour[$h]) -ForegroundColor $colour
}
