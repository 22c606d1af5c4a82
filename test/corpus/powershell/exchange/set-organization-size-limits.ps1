<#
.SYNOPSIS
    Sets the same maximum message size on the organisation, the Internet send connector and the
    default frontend receive connectors, in one go.
.PARAMETER SizeMB
    The limit in megabytes (Exchange adds roughly a third for encoding overhead).
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    [ValidateRange(10, 150)]
    [int]$SizeMB = 35,

    [string]$InternetConnector = 'Internet'
)

$size = "$($SizeMB)MB"

if ($PSCmdlet.ShouldProcess('Organization', "MaxSendSize/MaxReceiveSize = $size")) {
    Set-TransportConfig -MaxSendSize $size -MaxReceiveSize $size
}

if ($PSCmdlet.ShouldProcess($InternetConnector, "MaxMessageSize = $size")) {
    Set-SendConnector -Identity $InternetConnector -MaxMessageSize $size
}

Get-ReceiveConnector | Where-Object { $_.Name -like 'Default Frontend*' } | ForEach-Object {
    if ($PSCmdlet.ShouldProcess($_.Identity, "MaxMessageSize = $size")) {
        Set-ReceiveConnector -Identity $_.Identity -MaxMessageSize $size
    }
}
