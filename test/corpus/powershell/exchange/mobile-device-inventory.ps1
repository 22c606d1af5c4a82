# ActiveSync / mobile devices per user with last sync time, exported for the MDM team.
param(
    [int]$StaleDays = 30,
    [string]$Csv = '.\MobileDevices.csv'
)

$cutoff = (Get-Date).AddDays(-$StaleDays)

$devices = Get-MobileDevice -ResultSize Unlimited | ForEach-Object {
    $stats = $_ | Get-MobileDeviceStatistics -ErrorAction SilentlyContinue
    [pscustomobject]@{
        User          = $_.UserDisplayName
        DeviceModel   = $_.DeviceModel
        DeviceOS      = $_.DeviceOS
        Access        = $_.DeviceAccessState
        FirstSync     = $_.FirstSyncTime
        LastSuccess   = $stats.LastSuccessSync
        Stale         = ($stats.LastSuccessSync -lt $cutoff)
    }
}

$devices | Export-Csv -Path $Csv -NoTypeInformation
$devices | Group-Object DeviceOS | Sort-Object Count -Descending | Select-Object -First 10 Count, Name
"Stale devices (no sync in $StaleDays days): " + ($devices | Where-Object Stale).Count
