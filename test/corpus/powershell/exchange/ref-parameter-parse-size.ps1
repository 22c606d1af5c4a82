# Helper that converts "10 MB", "1.5GB", "512KB" or "Unlimited" to bytes, with [ref] for the result
# so callers can test success like the .NET TryParse pattern.
function Test-ParseSize {
    param(
        [Parameter(Mandatory)][string]$Text,
        [Parameter(Mandatory)][ref]$Bytes
    )

    $t = $Text.Trim()
    if ($t -eq 'Unlimited') {
        $Bytes.Value = [long]::MaxValue
        return $true
    }

    if ($t -notmatch '^(?<n>\d+(\.\d+)?)\s*(?<u>B|KB|MB|GB|TB)?$') {
        return $false
    }

    $multiplier = switch ($Matches.u) {
        'KB' { 1KB }
        'MB' { 1MB }
        'GB' { 1GB }
        'TB' { 1TB }
        default { 1 }
    }
    $Bytes.Value = [long]([double]$Matches.n * $multiplier)
    return $true
}

$size = 0L
foreach ($input_ in '35MB', '1.5 GB', 'Unlimited', '12 parsecs', '0x10') {
    if (Test-ParseSize -Text $input_ -Bytes ([ref]$size)) {
        '{0,-12} = {1:N0} bytes' -f $input_, $size
    }
    else {
        '{0,-12} is not a size' -f $input_
    }
}
