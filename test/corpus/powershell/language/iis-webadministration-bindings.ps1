#requires -Modules WebAdministration
Import-Module WebAdministration -ErrorAction Stop

$sites = Get-ChildItem -Path IIS:\Sites
foreach ($site in $sites) {
    $bindings = $site.Bindings.Collection | ForEach-Object {
        '{0}://{1}{2}' -f $_.protocol, $_.bindingInformation, $(if ($_.sslFlags) { " (sni=$($_.sslFlags))" })
    }
    [pscustomobject]@{
        Site     = $site.Name
        State    = $site.State
        Path     = $site.PhysicalPath
        AppPool  = $site.applicationPool
        Bindings = $bindings -join ', '
    }
}

$pools = Get-ChildItem IIS:\AppPools | Where-Object { $_.Name -like 'MSExchange*' }
$pools | Select-Object Name, State, @{ n = 'Recycle'; e = { $_.recycling.periodicRestart.time } },
    @{ n = 'Identity'; e = { $_.processModel.identityType } } | Format-Table -AutoSize

$owa = 'IIS:\Sites\Default Web Site\owa'
if (Test-Path $owa) {
    Get-WebConfigurationProperty -PSPath $owa -Filter 'system.webServer/security/authentication/windowsAuthentication' -Name enabled
    Get-ItemProperty -Path $owa -Name physicalPath
}

$logSettings = Get-WebConfiguration -Filter '/system.applicationHost/sites/siteDefaults/logFile'
"IIS logs go to $($logSettings.directory) with period $($logSettings.period)"
Set-WebConfigurationProperty -PSPath 'MACHINE/WEBROOT/APPHOST' -Filter 'system.applicationHost/sites/siteDefaults/logFile' -Name 'localTimeRollover' -Value $true -WhatIf
Get-WebBinding -Name 'Default Web Site' -Protocol https | ForEach-Object { $_.certificateHash }
