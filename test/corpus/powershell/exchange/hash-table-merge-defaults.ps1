function Merge-Hashtable {
    <#
    .SYNOPSIS
        Returns a new hashtable: defaults overridden by the values in Override.
    #>
    param(
        [Parameter(Mandatory)][hashtable]$Default,
        [hashtable]$Override = @{}
    )
    $result = @{}
    foreach ($key in $Default.Keys) { $result[$key] = $Default[$key] }
    foreach ($key in $Override.Keys) { $result[$key] = $Override[$key] }
    return $result
}

# Connector defaults shared by all partner connectors; each partner overrides a few values.
$defaults = @{
    Usage                = 'Partner'
    RequireTLS           = $true
    TlsAuthLevel         = 'DomainValidation'
    DNSRoutingEnabled    = $true
    ProtocolLoggingLevel = 'Verbose'
    MaxMessageSize       = '25MB'
}

$partners = @(
    @{ Name = 'Partner Fabrikam'; AddressSpaces = 'SMTP:fabrikam.com;1'; TlsDomain = 'fabrikam.com' }
    @{ Name = 'Partner Tailspin'; AddressSpaces = 'SMTP:tailspintoys.com;1'; TlsDomain = 'mail.tailspintoys.com'; MaxMessageSize = '50MB' }
)

foreach ($p in $partners) {
    $settings = Merge-Hashtable -Default $defaults -Override $p
    $lines = $settings.GetEnumerator() | Sort-Object Key | ForEach-Object { '  -{0} {1}' -f $_.Key, $_.Value }
    Write-Host "New-SendConnector" -ForegroundColor Cyan
    $lines | ForEach-Object { Write-Host $_ }
    New-SendConnector @settings -WhatIf
}
