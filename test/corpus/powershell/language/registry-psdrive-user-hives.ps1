#requires -RunAsAdministrator
if (-not (Get-PSDrive -Name HKU -ErrorAction SilentlyContinue)) {
    New-PSDrive -Name HKU -PSProvider Registry -Root HKEY_USERS -Scope Script | Out-Null
}
New-PSDrive -Name HKCR -PSProvider Registry -Root HKEY_CLASSES_ROOT -ErrorAction SilentlyContinue | Out-Null

$profiles = Get-ChildItem -Path 'HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion\ProfileList' |
    ForEach-Object {
        [pscustomobject]@{
            Sid  = $_.PSChildName
            Path = (Get-ItemProperty -Path $_.PSPath).ProfileImagePath
        }
    } | Where-Object { $_.Sid -match '^S-1-5-21-' }

foreach ($p in $profiles) {
    $key = "HKU:\$($p.Sid)\Software\Microsoft\Office\16.0\Outlook\Profiles"
    $loaded = Test-Path -Path "HKU:\$($p.Sid)"
    [pscustomobject]@{
        User           = Split-Path $p.Path -Leaf
        HiveLoaded     = $loaded
        OutlookProfile = if ($loaded -and (Test-Path $key)) { (Get-ChildItem $key).PSChildName -join ', ' } else { '' }
    }
}

$ext = Get-ItemProperty -Path 'HKCR:\.eml' -ErrorAction SilentlyContinue
"'.eml' is handled by: $($ext.'(default)')"
Get-ItemProperty -Path 'HKLM:\SYSTEM\CurrentControlSet\Services\MSExchangeTransport' -ErrorAction SilentlyContinue |
    Select-Object -Property ImagePath, Start, @{ n = 'DelayedStart'; e = { $_.DelayedAutostart -eq 1 } }
Get-ChildItem -Path HKLM:\SOFTWARE\Policies -Recurse -Depth 1 -ErrorAction SilentlyContinue | Select-Object -First 5 -ExpandProperty Name
Set-Location -Path Registry::HKEY_CURRENT_USER\Environment
Get-ItemProperty -Path . | Select-Object -Property TEMP, TMP
Set-Location -Path $env:SystemDrive\
Remove-PSDrive -Name HKU -ErrorAction SilentlyContinue
