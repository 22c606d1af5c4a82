#requires -RunAsAdministrator
[CmdletBinding(SupportsShouldProcess)]
param([switch] $Apply)

$base = 'HKLM:\SYSTEM\CurrentControlSet\Control\SecurityProviders\SCHANNEL\Protocols'
$netKeys = @(
    'HKLM:\SOFTWARE\Microsoft\.NETFramework\v4.0.30319'
    'HKLM:\SOFTWARE\WOW6432Node\Microsoft\.NETFramework\v4.0.30319'
)

function Get-RegValueOrDefault {
    param([string] $Path, [string] $Name, $Default = $null)
    $item = Get-ItemProperty -Path $Path -Name $Name -ErrorAction SilentlyContinue
    if ($null -eq $item) { return $Default }
    $item.$Name
}

$report = foreach ($protocol in 'TLS 1.0', 'TLS 1.1', 'TLS 1.2') {
    foreach ($side in 'Server', 'Client') {
        $path = "$base\$protocol\$side"
        [pscustomobject]@{
            Protocol          = $protocol
            Side              = $side
            KeyExists         = Test-Path -Path $path
            Enabled           = Get-RegValueOrDefault -Path $path -Name 'Enabled' -Default 'not set'
            DisabledByDefault = Get-RegValueOrDefault -Path $path -Name 'DisabledByDefault' -Default 'not set'
        }
    }
}
$report | Format-Table -AutoSize

foreach ($key in $netKeys) {
    $strong = Get-RegValueOrDefault -Path $key -Name 'SchUseStrongCrypto' -Default 0
    "$key SchUseStrongCrypto=$strong"
    if ($Apply -and $strong -ne 1 -and $PSCmdlet.ShouldProcess($key, 'Set SchUseStrongCrypto=1')) {
        New-ItemProperty -Path $key -Name 'SchUseStrongCrypto' -Value 1 -PropertyType DWord -Force | Out-Null
    }
}

Get-ChildItem -Path 'HKLM:\SOFTWARE\Microsoft\ExchangeServer' -ErrorAction SilentlyContinue |
    Get-ItemProperty | Select-Object PSChildName, MsiProductMajor, MsiProductMinor
Push-Location -Path HKCU:\Software
Get-Item -Path .\Microsoft | Select-Object -ExpandProperty SubKeyCount
Pop-Location
[Microsoft.Win32.Registry]::GetValue('HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows NT\CurrentVersion', 'ProductName', 'unknown')
