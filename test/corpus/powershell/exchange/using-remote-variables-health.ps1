# Checks transport queue database files and free space on the queue drive on each server,
# passing local settings into the remote script block with $using:.
$warnGB = 10
$queueConfig = 'Bin\EdgeTransport.exe.config'
$servers = (Get-TransportService).Name

$results = Invoke-Command -ComputerName $servers -ErrorAction SilentlyContinue -ScriptBlock {
    $installPath = $env:ExchangeInstallPath
    $configFile = Join-Path $installPath $using:queueConfig
    [xml]$config = Get-Content -Path $configFile
    $queuePath = ($config.configuration.appSettings.add | Where-Object key -eq 'QueueDatabasePath').value
    if (-not $queuePath) { $queuePath = Join-Path $installPath 'TransportRoles\data\Queue' }

    $drive = Split-Path -Path $queuePath -Qualifier
    $disk = Get-CimInstance Win32_LogicalDisk -Filter "DeviceID = '$drive'"
    $db = Get-Item -Path (Join-Path $queuePath 'mail.que') -ErrorAction SilentlyContinue

    [pscustomobject]@{
        QueuePath = $queuePath
        MailQueGB = if ($db) { [math]::Round($db.Length / 1GB, 2) } else { $null }
        FreeGB    = [math]::Round($disk.FreeSpace / 1GB, 1)
        Low       = ($disk.FreeSpace / 1GB) -lt $using:warnGB
    }
}

$results | Sort-Object FreeGB | Format-Table PSComputerName, QueuePath, MailQueGB, FreeGB, Low -AutoSize
$results.Where({ $_.Low }).ForEach({
    Write-Host "$($_.PSComputerName): only $($_.FreeGB) GB free on the queue drive - back pressure is close" -ForegroundColor Red
})
