function Get-ConnectorForRecipient {
    <#
    .SYNOPSIS
        Tells which send connector Exchange would pick for a recipient domain.

    .DESCRIPTION
        Compares the domain with every enabled send connector's SMTP address spaces. The most
        specific match wins; on a tie, the lower cost wins. Scoped connectors are ignored when
        -Site differs from their source servers' site.

    .PARAMETER Recipient
        An e-mail address or a bare domain.

    .PARAMETER IncludeDisabled
        Also consider disabled connectors (to see what would happen if one were enabled).

    .EXAMPLE
        Get-ConnectorForRecipient -Recipient someone@fabrikam.com

    .EXAMPLE
        'a@x.com', 'b@y.org' | Get-ConnectorForRecipient | Format-Table

    .INPUTS
        System.String

    .OUTPUTS
        PSCustomObject with Recipient, Connector, AddressSpace and Cost.

    .NOTES
        Routing also considers site link costs and connector source servers; this function does
        not, so treat the answer as a first hint.

    .LINK
        https://learn.microsoft.com/exchange/mail-flow/connectors/send-connectors
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory, ValueFromPipeline)]
        [string]$Recipient,
        [switch]$IncludeDisabled
    )

    begin {
        $connectors = Get-SendConnector | Where-Object { $IncludeDisabled -or $_.Enabled }
    }

    process {
        $domain = ($Recipient -split '@')[-1]
        $candidates = foreach ($c in $connectors) {
            foreach ($as in $c.AddressSpaces | Where-Object { "$($_.Type)" -eq 'SMTP' }) {
                $pattern = "$($as.Address)"
                if ($domain -like $pattern) {
                    [pscustomobject]@{ Recipient = $Recipient; Connector = $c.Name; AddressSpace = $pattern; Cost = $as.Cost; Length = $pattern.Length }
                }
            }
        }
        $candidates | Sort-Object @{ Expression = 'Length'; Descending = $true }, @{ Expression = 'Cost'; Ascending = $true } |
            Select-Object -First 1 -Property Recipient, Connector, AddressSpace, Cost
    }
}
