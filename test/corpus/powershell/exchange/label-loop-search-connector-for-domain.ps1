# Which send connector would route mail for each domain? Uses labelled loops to stop searching
# the connectors as soon as an exact address space is found for a domain.
param(
    [string[]]$Domain = @('fabrikam.com', 'mail.partner.example', 'gmail.com')
)

$connectors = Get-SendConnector | Where-Object Enabled

:domainLoop foreach ($d in $Domain) {
    $best = $null
    $bestLength = -1

    foreach ($c in $connectors) {
        foreach ($space in $c.AddressSpaces) {
            $pattern = "$($space.Address)"
            if ($pattern -eq $d) {
                Write-Host "$d -> $($c.Name) (exact)" -ForegroundColor Green
                continue domainLoop
            }
            if ($pattern -eq '*' -or ($pattern.StartsWith('*.') -and $d.EndsWith($pattern.Substring(1)))) {
                if ($pattern.Length -gt $bestLength) {
                    $best = $c
                    $bestLength = $pattern.Length
                }
            }
        }
    }

    if ($best) {
        Write-Host "$d -> $($best.Name) (wildcard)" -ForegroundColor Cyan
    }
    else {
        Write-Host "$d -> no connector" -ForegroundColor Red
    }
}
