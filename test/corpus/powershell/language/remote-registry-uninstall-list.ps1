[CmdletBinding()]
param(
    [string[]] $ComputerName = @($env:COMPUTERNAME),
    [string] $NameLike = '*Exchange*'
)

$paths = @(
    'SOFTWARE\Microsoft\Windows\CurrentVersion\Uninstall'
    'SOFTWARE\WOW6432Node\Microsoft\Windows\CurrentVersion\Uninstall'
)

foreach ($computer in $ComputerName) {
    try {
        $hive = [Microsoft.Win32.RegistryKey]::OpenRemoteBaseKey([Microsoft.Win32.RegistryHive]::LocalMachine, $computer)
    }
    catch [System.IO.IOException] {
        Write-Warning "${computer}: remote registry is not reachable"
        continue
    }
    try {
        foreach ($path in $paths) {
            $key = $hive.OpenSubKey($path)
            if ($null -eq $key) { continue }
            foreach ($subName in $key.GetSubKeyNames()) {
                $sub = $key.OpenSubKey($subName)
                $display = $sub.GetValue('DisplayName')
                if ($display -and $display -like $NameLike) {
                    [pscustomobject]@{
                        Computer  = $computer
                        Name      = $display
                        Version   = $sub.GetValue('DisplayVersion')
                        Installed = $sub.GetValue('InstallDate')
                        Bitness   = if ($path -match 'WOW6432') { 32 } else { 64 }
                    }
                }
                $sub.Close()
            }
            $key.Close()
        }
    }
    finally {
        $hive.Close()
    }
}
$view = [Microsoft.Win32.RegistryView]::Registry64
$local = [Microsoft.Win32.RegistryKey]::OpenBaseKey('LocalMachine', $view)
$local.OpenSubKey('SOFTWARE\Microsoft\ExchangeServer\v15\Setup').GetValue('MsiInstallPath')
