# DKIM signing state for every accepted domain in the tenant, with the CNAMEs to publish.
$domains = Get-AcceptedDomain | Where-Object { $_.DomainName -notlike '*.onmicrosoft.com' }

foreach ($d in $domains) {
    $config = Get-DkimSigningConfig -Identity $d.DomainName -ErrorAction SilentlyContinue
    if (-not $config) {
        Write-Host "$($d.DomainName): no DKIM config - New-DkimSigningConfig -DomainName $($d.DomainName) -Enabled `$false" -ForegroundColor Yellow
        continue
    }

    $state = if ($config.Enabled) { 'enabled' } else { 'disabled' }
    $colour = if ($config.Enabled) { 'Green' } else { 'Yellow' }
    Write-Host "$($d.DomainName): $state, key size $($config.KeySize), last rotated $($config.RotateOnDate)" -ForegroundColor $colour

    foreach ($selector in 'selector1', 'selector2') {
        $cname = $config."$($selector)CNAME"
        $published = Resolve-DnsName -Name "$selector._domainkey.$($d.DomainName)" -Type CNAME -ErrorAction SilentlyContinue
        $mark = if ($published -and $published.NameHost -eq $cname) { 'ok' } else { 'MISSING' }
        Write-Host ("    {0}._domainkey -> {1} [{2}]" -f $selector, $cname, $mark)
    }
}
