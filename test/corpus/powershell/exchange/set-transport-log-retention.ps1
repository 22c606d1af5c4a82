[CmdletBinding(SupportsShouldProcess = $true)]
param(
    [ValidateRange(1, 365)]
    [int]$MaxAgeDays = 30,

    [ValidateRange(1, 500)]
    [int]$MaxDirectoryGB = 20
)

$age = New-TimeSpan -Days $MaxAgeDays
$dirSize = "$($MaxDirectoryGB)GB"

foreach ($svc in Get-TransportService) {
    $target = $svc.Name
    if (-not $PSCmdlet.ShouldProcess($target, "Log retention $MaxAgeDays days / $dirSize")) { continue }

    Set-TransportService -Identity $target `
        -MessageTrackingLogMaxAge $age `
        -MessageTrackingLogMaxDirectorySize $dirSize `
        -ConnectivityLogMaxAge $age `
        -SendProtocolLogMaxAge $age `
        -ReceiveProtocolLogMaxAge $age

    Set-FrontendTransportService -Identity $target -ReceiveProtocolLogMaxAge $age -SendProtocolLogMaxAge $age -ErrorAction SilentlyContinue
    Set-MailboxTransportService -Identity $target -ReceiveProtocolLogMaxAge $age -SendProtocolLogMaxAge $age -ErrorAction SilentlyContinue

    Write-Host "$target updated" -ForegroundColor Green
}
