<#
.SYNOPSIS
    Checks the two connectors the Hybrid Configuration Wizard creates on-premises against the
    values it normally sets, and prints the commands that would put them back.
#>
param(
    [string]$TenantDomain = 'contoso.mail.onmicrosoft.com',
    [string]$Fqdn = 'mail.contoso.com'
)

$send = Get-SendConnector | Where-Object { $_.AddressSpaces -match [regex]::Escape($TenantDomain) } | Select-Object -First 1
$expected = [ordered]@{
    RequireTLS               = $true
    TlsAuthLevel             = 'DomainValidation'
    TlsDomain                = 'mail.protection.outlook.com'
    CloudServicesMailEnabled = $true
    Fqdn                     = $Fqdn
    DNSRoutingEnabled        = $true
}

if (-not $send) {
    Write-Host "No send connector for $TenantDomain. Expected something like:" -ForegroundColor Red
    Write-Host "  New-SendConnector -Name 'Outbound to Office 365' -AddressSpaces '$TenantDomain' -CloudServicesMailEnabled `$true -RequireTLS `$true -TlsAuthLevel DomainValidation -TlsDomain mail.protection.outlook.com -Fqdn $Fqdn"
    return
}

foreach ($k in $expected.Keys) {
    $have = $send.$k
    if ("$have" -ne "$($expected[$k])") {
        Write-Host ("{0}: {1} is '{2}', expected '{3}'" -f $send.Name, $k, $have, $expected[$k]) -ForegroundColor Yellow
        Write-Host ("  Set-SendConnector -Identity '{0}' -{1} {2}" -f $send.Name, $k, $(if ($expected[$k] -is [bool]) { '$' + "$($expected[$k])".ToLower() } else { $expected[$k] }))
    }
}

Set-SendConnector -Identity $send.Identity -TlsDomain mail.protection.outlook.com -TlsAuthLevel DomainValidation -RequireTLS $true -WhatIf
Get-ReceiveConnector | Where-Object { $_.TlsDomainCapabilities -like '*mail.protection.outlook.com*' } |
    Set-ReceiveConnector -TlsDomainCapabilities 'mail.protection.outlook.com:AcceptCloudServicesMail' -WhatIf
