# Send connectors with the address space forms found in real organisations: plain domains,
# wildcards with costs, an explicit SMTP type, and an X.400 space for a legacy gateway.
$plans = @(
    @{
        Name          = 'Internet'
        AddressSpaces = 'SMTP:*;1'
        Usage         = 'Internet'
        DNSRoutingEnabled = $true
    }
    @{
        Name          = 'Partner TLS'
        AddressSpaces = 'fabrikam.com', 'SMTP:*.fabrikam.com;5', 'tailspintoys.com'
        Usage         = 'Partner'
        DNSRoutingEnabled = $true
        TlsAuthLevel  = 'DomainValidation'
        TlsDomain     = 'fabrikam.com'
        RequireTLS    = $true
    }
    @{
        Name          = 'Backup smart host'
        AddressSpaces = 'SMTP:*;50'
        Usage         = 'Custom'
        SmartHosts    = '[10.20.0.25]', 'smtp-backup.contoso.com'
        DNSRoutingEnabled = $false
        ErrorPolicies = 'DowngradeDnsFailures'
    }
)

foreach ($plan in $plans) {
    $plan.SourceTransportServers = 'EX01', 'EX02'
    New-SendConnector @plan -WhatIf
}

New-ForeignConnector -Name 'Legacy X400 gateway' -AddressSpaces 'X400:c=US;a= ;p=Contoso;o=Legacy;10' -SourceTransportServers EX01 -WhatIf
