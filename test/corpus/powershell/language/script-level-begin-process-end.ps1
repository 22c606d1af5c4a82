<#
.SYNOPSIS
    Reads addresses from the pipeline and groups them by domain.
.EXAMPLE
    Get-Content addresses.txt | .\script-level-begin-process-end.ps1
#>
[CmdletBinding()]
param(
    [Parameter(ValueFromPipeline)]
    [string] $Address,
    [switch] $IncludeInvalid
)

begin {
    $byDomain = @{}
    $invalid = [System.Collections.Generic.List[string]]::new()
    $pattern = '^[^@\s]+@(?<domain>[^@\s]+\.[a-z]{2,})$'
}

process {
    if ([string]::IsNullOrWhiteSpace($Address)) { return }
    $clean = $Address.Trim().ToLowerInvariant()
    if ($clean -match $pattern) {
        $domain = $Matches.domain
        if (-not $byDomain.ContainsKey($domain)) { $byDomain[$domain] = @() }
        $byDomain[$domain] += $clean
    }
    else {
        $invalid.Add($clean)
    }
}

end {
    foreach ($domain in $byDomain.Keys | Sort-Object) {
        [pscustomobject]@{ Domain = $domain; Count = $byDomain[$domain].Count; Sample = $byDomain[$domain][0] }
    }
    if ($IncludeInvalid -and $invalid.Count) {
        Write-Warning "Invalid: $($invalid -join ', ')"
    }
}
