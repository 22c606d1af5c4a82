function Set-ConnectorSmartHosts {
    <#
    .SYNOPSIS
        Replaces the smart hosts of a send connector after checking each one resolves in DNS.
    #>
    [CmdletBinding(SupportsShouldProcess = $true)]
    param(
        [Parameter(Mandatory = $true, Position = 0)]
        [ValidateNotNullOrEmpty()]
        [string]$Identity,

        [Parameter(Mandatory = $true, Position = 1)]
        [ValidateCount(1, 8)]
        [ValidateScript({
            if ($_ -match '^\[?\d{1,3}(\.\d{1,3}){3}\]?$' -or (Resolve-DnsName -Name $_ -ErrorAction SilentlyContinue)) {
                $true
            }
            else {
                throw "Smart host '$_' does not resolve. Fix DNS or give the IP address in brackets, e.g. [10.0.0.5]."
            }
        })]
        [string[]]$SmartHost,

        [AllowNull()]
        [string]$Comment
    )

    $connector = Get-SendConnector -Identity $Identity -ErrorAction Stop
    $before = $connector.SmartHosts -join ', '

    $changes = @{ Identity = $connector.Identity; SmartHosts = $SmartHost; DNSRoutingEnabled = $false }
    if ($PSBoundParameters.ContainsKey('Comment')) { $changes.Comment = $Comment }

    if ($PSCmdlet.ShouldProcess($connector.Name, "Smart hosts '$before' -> '$($SmartHost -join ', ')'")) {
        Set-SendConnector @changes
    }
}

Set-ConnectorSmartHosts -Identity 'Outbound via gateway' -SmartHost 'gw1.contoso.com', '[10.0.8.25]' -WhatIf
