function Get-ConnectorSummary {
    <#
    .SYNOPSIS
        Summary of one send connector; tab completion offers the connector names.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true, Position = 0)]
        [ArgumentCompleter({
            param($commandName, $parameterName, $wordToComplete, $commandAst, $fakeBoundParameters)
            Get-SendConnector |
                Where-Object { $_.Name -like "$wordToComplete*" } |
                ForEach-Object {
                    $text = if ($_.Name -match '\s') { "'$($_.Name)'" } else { $_.Name }
                    [System.Management.Automation.CompletionResult]::new($text, $_.Name, 'ParameterValue', "$($_.AddressSpaces -join ', ')")
                }
        })]
        [string]$Name
    )

    $c = Get-SendConnector -Identity $Name
    [pscustomobject]@{
        Name       = $c.Name
        Spaces     = $c.AddressSpaces -join ', '
        Route      = if ($c.DNSRoutingEnabled) { 'DNS' } else { $c.SmartHosts -join ', ' }
        Sources    = ($c.SourceTransportServers | ForEach-Object { $_.Name }) -join ', '
        MaxSize    = $c.MaxMessageSize
        TLS        = '{0} / {1}' -f $c.RequireTLS, $c.TlsAuthLevel
    }
}

Register-ArgumentCompleter -CommandName Get-SendConnector -ParameterName Identity -ScriptBlock {
    param($commandName, $parameterName, $wordToComplete)
    (Get-SendConnector).Name | Where-Object { $_ -like "$wordToComplete*" } | ForEach-Object { "'$_'" }
}
