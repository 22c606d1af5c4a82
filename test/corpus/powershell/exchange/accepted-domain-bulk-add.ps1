# Adds accepted domains from a text file (domain,type per line) and prints what changed.
param(
    [string]$Path = '.\domains.txt'
)

$validTypes = 'Authoritative', 'InternalRelay', 'ExternalRelay'
$existing = @(Get-AcceptedDomain | ForEach-Object { "$($_.DomainName)".ToLower() })

Get-Content -Path $Path | ForEach-Object -Begin { $lineNo = 0 } -Process {
    $lineNo++
    $line = $_.Trim()
    if (-not $line -or $line.StartsWith('#')) { return }

    $domain, $type = $line -split '\s*,\s*'
    if (-not $type) { $type = 'Authoritative' }

    if ($validTypes -notcontains $type) {
        Write-Host "line ${lineNo}: unknown domain type '$type' (use $($validTypes -join ', '))" -ForegroundColor Red
        return
    }
    if ($existing -contains $domain.ToLower()) {
        Write-Host "line ${lineNo}: $domain already accepted" -ForegroundColor DarkGray
        return
    }

    New-AcceptedDomain -Name $domain -DomainName $domain -DomainType $type | Out-Null
    Write-Host "line ${lineNo}: added $domain ($type)" -ForegroundColor Green
} -End {
    Write-Host "$lineNo lines read." -ForegroundColor Cyan
}
