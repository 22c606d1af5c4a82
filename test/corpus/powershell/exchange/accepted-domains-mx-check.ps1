#requires -Modules DnsClient
# For each authoritative accepted domain, resolves MX, SPF and DMARC and reports what is missing.
$domains = Get-AcceptedDomain | Where-Object { $_.DomainType -eq 'Authoritative' -and $_.DomainName -notlike '*.local' }

$results = foreach ($d in $domains) {
    $name = $d.DomainName.ToString()
    $mx = Resolve-DnsName -Name $name -Type MX -ErrorAction SilentlyContinue | Where-Object QueryType -eq 'MX'
    $txt = Resolve-DnsName -Name $name -Type TXT -ErrorAction SilentlyContinue | Where-Object QueryType -eq 'TXT'
    $dmarc = Resolve-DnsName -Name "_dmarc.$name" -Type TXT -ErrorAction SilentlyContinue | Where-Object QueryType -eq 'TXT'

    $spf = $txt | ForEach-Object { $_.Strings -join '' } | Where-Object { $_ -like 'v=spf1*' } | Select-Object -First 1
    $dmarcRecord = $dmarc | ForEach-Object { $_.Strings -join '' } | Where-Object { $_ -like 'v=DMARC1*' } | Select-Object -First 1

    [pscustomobject]@{
        Domain  = $name
        Default = $d.Default
        MX      = ($mx | Sort-Object Preference | ForEach-Object { "$($_.Preference) $($_.NameExchange)" }) -join '; '
        SPF     = $spf
        DMARC   = $dmarcRecord
    }
}

$results | Format-Table -AutoSize -Wrap
$results | Where-Object { -not $_.MX -or -not $_.SPF } | ForEach-Object {
    $missing = @()
    if (-not $_.MX) { $missing += 'MX' }
    if (-not $_.SPF) { $missing += 'SPF' }
    Write-Host "$($_.Domain): missing $($missing -join ' and ')" -ForegroundColor Red
}
