# Builds SMTP banners for receive connectors from a template with {tokens}.
# [regex]::Replace with a script block evaluator fills the tokens from a hashtable.
$template = '220 {fqdn} {org} mail service ready ({site})'

$values = @{
    org  = 'Contoso'
    site = (Get-ADSite -Identity (Get-ExchangeServer -Identity $env:COMPUTERNAME).Site -ErrorAction SilentlyContinue).Name
}

foreach ($rc in Get-ReceiveConnector -Server $env:COMPUTERNAME | Where-Object { $_.Bindings -match ':25$' }) {
    $values['fqdn'] = "$($rc.Fqdn)"
    $banner = [regex]::Replace($template, '\{(\w+)\}', {
        param($match)
        $key = $match.Groups[1].Value
        if ($values.ContainsKey($key) -and $values[$key]) { $values[$key] } else { $match.Value }
    })

    if ($banner -match '\{\w+\}') {
        Write-Warning "$($rc.Identity): unresolved tokens in '$banner'"
        continue
    }
    Write-Host "$($rc.Identity): $banner"
    Set-ReceiveConnector -Identity $rc.Identity -Banner $banner -WhatIf
}
