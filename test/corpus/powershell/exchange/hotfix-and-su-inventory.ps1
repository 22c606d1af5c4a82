# Installed Exchange security updates and the last Windows hotfixes per server, read remotely.
$servers = Get-ExchangeServer | Where-Object { $_.AdminDisplayVersion.Major -eq 15 } | Select-Object -ExpandProperty Fqdn

$inventory = Invoke-Command -ComputerName $servers -ErrorAction Continue -ScriptBlock {
    $uninstall = 'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\Uninstall\*'
    $exchangeUpdates = Get-ItemProperty -Path $uninstall -ErrorAction SilentlyContinue |
        Where-Object { $_.DisplayName -match 'Security Update For Exchange Server' } |
        Sort-Object InstallDate -Descending |
        Select-Object -First 3 -ExpandProperty DisplayName

    $lastHotfix = Get-HotFix | Sort-Object InstalledOn -Descending | Select-Object -First 1

    [pscustomobject]@{
        ExchangeSU  = ($exchangeUpdates -join ' | ')
        LastHotfix  = "$($lastHotfix.HotFixID) on $($lastHotfix.InstalledOn)"
        ExSetupVer  = (Get-Command ExSetup.exe -ErrorAction SilentlyContinue).FileVersionInfo.FileVersion
        Uptime      = ((Get-Date) - (Get-CimInstance Win32_OperatingSystem).LastBootUpTime).ToString('d\.hh\:mm')
    }
}

$inventory | Sort-Object PSComputerName | Format-List PSComputerName, ExSetupVer, ExchangeSU, LastHotfix, Uptime
