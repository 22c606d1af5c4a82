<#
    Exports receive connectors to JSON (for diffing in source control) and can re-create a
    connector on a new server from that JSON.
#>
[CmdletBinding(DefaultParameterSetName = 'Export')]
param(
    [Parameter(ParameterSetName = 'Export')]
    [string]$Server = $env:COMPUTERNAME,

    [Parameter(ParameterSetName = 'Export')]
    [Parameter(ParameterSetName = 'Import', Mandatory)]
    [string]$JsonPath = ".\ReceiveConnectors-$env:COMPUTERNAME.json",

    [Parameter(ParameterSetName = 'Import', Mandatory)]
    [string]$TargetServer
)

$keep = 'Name', 'Bindings', 'RemoteIPRanges', 'AuthMechanism', 'PermissionGroups', 'Fqdn', 'MaxMessageSize',
    'TransportRole', 'ProtocolLoggingLevel', 'Banner', 'RequireTLS'

if ($PSCmdlet.ParameterSetName -eq 'Export') {
    Get-ReceiveConnector -Server $Server |
        Select-Object -Property $keep |
        ForEach-Object {
            $o = $_
            $h = [ordered]@{}
            foreach ($k in $keep) { $h[$k] = if ($o.$k -is [System.Collections.IEnumerable] -and $o.$k -isnot [string]) { @($o.$k | ForEach-Object { "$_" }) } else { "$($o.$k)" } }
            $h
        } |
        ConvertTo-Json -Depth 3 |
        Set-Content -Path $JsonPath -Encoding UTF8
    Write-Host "Saved to $JsonPath"
    return
}

$definitions = Get-Content -Path $JsonPath -Raw | ConvertFrom-Json
foreach ($d in $definitions | Where-Object { $_.Name -notlike 'Default *' -and $_.Name -notlike 'Client *' -and $_.Name -notlike 'Outbound Proxy*' }) {
    Write-Host "Creating '$($d.Name)' on $TargetServer" -ForegroundColor Cyan
    New-ReceiveConnector -Server $TargetServer -Name $d.Name -Custom -Bindings $d.Bindings -RemoteIPRanges $d.RemoteIPRanges `
        -TransportRole $d.TransportRole -AuthMechanism $d.AuthMechanism -PermissionGroups $d.PermissionGroups `
        -Fqdn $d.Fqdn -MaxMessageSize $d.MaxMessageSize -ProtocolLoggingLevel $d.ProtocolLoggingLevel -WhatIf
}
