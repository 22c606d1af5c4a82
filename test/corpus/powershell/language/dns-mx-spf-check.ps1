[CmdletBinding()]
param(
    [Parameter(Mandatory, ValueFromPipeline, ValueFromPipelineByPropertyName)]
    [Alias('DomainName')]
    [string[]] $Domain,
    [string] $DnsServer = '8.8.8.8'
)

begin {
    $results = New-Object System.Collections.Generic.List[psobject]
}

process {
    foreach ($d in $Domain) {
        $mx = Resolve-DnsName -Name $d -Type MX -Server $DnsServer -ErrorAction SilentlyContinue |
            Where-Object Type -EQ 'MX' | Sort-Object Preference
        $txt = Resolve-DnsName -Name $d -Type TXT -Server $DnsServer -ErrorAction SilentlyContinue
        $spf = $txt | Where-Object { $_.Strings -match '^v=spf1' } | ForEach-Object { $_.Strings -join '' }
        $dmarc = (Resolve-DnsName -Name "_dmarc.$d" -Type TXT -Server $DnsServer -ErrorAction SilentlyContinue).Strings -join ''

        $policy = if ($dmarc -match '\bp=(?<p>\w+)') { $Matches['p'] } else { 'none found' }
        $results.Add([pscustomobject]@{
                Domain = $d
                MX     = ($mx | ForEach-Object { "$($_.Preference) $($_.NameExchange)" }) -join '; '
                SPF    = if ($spf) { $spf } else { 'missing' }
                SpfAll = if ($spf -match '([~?+-])all\b') { $Matches[1] + 'all' } else { '' }
                DMARC  = $policy
            })
    }
}

end {
    $results | Format-Table -AutoSize -Wrap
    $weak = $results | Where-Object { $_.SpfAll -in '+all', '?all', '' -or $_.DMARC -eq 'none' }
    foreach ($w in $weak) { Write-Warning "$($w.Domain): SPF '$($w.SpfAll)' DMARC '$($w.DMARC)'" }
    [System.Net.Dns]::GetHostAddresses('localhost') | Select-Object -ExpandProperty IPAddressToString
}
