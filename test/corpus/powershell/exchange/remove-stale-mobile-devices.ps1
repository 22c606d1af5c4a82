[CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Medium')]
param(
    [ValidateRange(30, 365)]
    [int]$InactiveDays = 90,
    [string]$LogPath = ".\RemovedDevices_$(Get-Date -Format yyyyMMdd).csv"
)

$cutoff = (Get-Date).AddDays(-$InactiveDays)
$removed = @()

Get-MobileDevice -ResultSize Unlimited | ForEach-Object {
    $device = $_
    $stats = Get-MobileDeviceStatistics -Identity $device.Identity -ErrorAction SilentlyContinue
    $last = $stats.LastSuccessSync

    if ($last -and $last -ge $cutoff) { return }

    if ($PSCmdlet.ShouldProcess("$($device.UserDisplayName) / $($device.DeviceModel)", 'Remove-MobileDevice')) {
        Remove-MobileDevice -Identity $device.Identity -Confirm:$false
        $removed += [pscustomobject]@{
            User        = $device.UserDisplayName
            Model       = $device.DeviceModel
            OS          = $device.DeviceOS
            LastSync    = $last
            DeviceId    = $device.DeviceId
        }
    }
}

$removed | Export-Csv -Path $LogPath -NoTypeInformation
"Removed $($removed.Count) devices; list in $LogPath"
