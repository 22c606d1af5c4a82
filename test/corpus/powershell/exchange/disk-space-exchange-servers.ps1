# Free space on every volume of every Exchange server, lowest first.
param(
    [int]$WarnPercent = 20,
    [int]$CritPercent = 10
)

$servers = Get-ExchangeServer | Select-Object -ExpandProperty Fqdn

$volumes = Invoke-Command -ComputerName $servers -ScriptBlock {
    Get-WmiObject -Class Win32_Volume -Filter 'DriveType = 3' |
        Where-Object { $_.Capacity -gt 0 } |
        ForEach-Object {
            [PSCustomObject]@{
                Volume  = if ($_.DriveLetter) { $_.DriveLetter } else { $_.Name }
                SizeGB  = [math]::Round($_.Capacity / 1GB, 1)
                FreeGB  = [math]::Round($_.FreeSpace / 1GB, 1)
                FreePct = [math]::Round(100 * $_.FreeSpace / $_.Capacity, 1)
            }
        }
} -ErrorAction Continue

foreach ($v in ($volumes | Sort-Object FreePct)) {
    $line = '{0,-25} {1,-30} {2,8} GB free of {3,8} GB ({4}%)' -f $v.PSComputerName, $v.Volume, $v.FreeGB, $v.SizeGB, $v.FreePct
    if ($v.FreePct -lt $CritPercent) {
        Write-Host $line -ForegroundColor Red
    }
    elseif ($v.FreePct -lt $WarnPercent) {
        Write-Host $line -ForegroundColor Yellow
    }
    else {
        Write-Host $line
    }
}
