# Reads SCHANNEL and .NET TLS settings from the registry of each Exchange server and compares
# them with what Exchange needs for TLS 1.2 only.
$servers = Get-ExchangeServer | Select-Object -ExpandProperty Fqdn

$probe = {
    $base = 'HKLM:\SYSTEM\CurrentControlSet\Control\SecurityProviders\SCHANNEL\Protocols'
    $out = [ordered]@{}
    foreach ($version in 'TLS 1.0', 'TLS 1.1', 'TLS 1.2') {
        foreach ($side in 'Server', 'Client') {
            $key = Join-Path $base "$version\$side"
            $enabled = (Get-ItemProperty -Path $key -Name Enabled -ErrorAction SilentlyContinue).Enabled
            $out["$version $side"] = if ($null -eq $enabled) { 'default' } elseif ($enabled -eq 0) { 'off' } else { 'on' }
        }
    }
    foreach ($net in 'HKLM:\SOFTWARE\Microsoft\.NETFramework\v4.0.30319', 'HKLM:\SOFTWARE\Wow6432Node\Microsoft\.NETFramework\v4.0.30319') {
        $strong = (Get-ItemProperty -Path $net -Name SchUseStrongCrypto -ErrorAction SilentlyContinue).SchUseStrongCrypto
        $out["StrongCrypto $(if ($net -like '*Wow6432*') { 'x86' } else { 'x64' })"] = [int]$strong
    }
    [pscustomobject]$out
}

$expected = @{ 'TLS 1.0 Server' = 'off'; 'TLS 1.1 Server' = 'off'; 'TLS 1.2 Server' = 'on'; 'StrongCrypto x64' = 1 }

foreach ($r in Invoke-Command -ComputerName $servers -ScriptBlock $probe) {
    $diff = foreach ($k in $expected.Keys) {
        if ("$($r.$k)" -ne "$($expected[$k])") { "$k is $($r.$k), expected $($expected[$k])" }
    }
    if ($diff) {
        Write-Host "$($r.PSComputerName):" -ForegroundColor Yellow
        $diff | ForEach-Object { Write-Host "   $_" -ForegroundColor Yellow }
    }
    else {
        Write-Host "$($r.PSComputerName): TLS settings as expected" -ForegroundColor Green
    }
}
