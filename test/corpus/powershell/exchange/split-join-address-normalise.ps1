# Normalises a messy list of addresses pasted from e-mail: mixed separators, display names,
# angle brackets, duplicate entries and case.
param(
    [Parameter(Mandatory, ValueFromPipeline)]
    [string]$Text
)

begin {
    $all = New-Object System.Collections.Generic.HashSet[string] ([StringComparer]::OrdinalIgnoreCase)
}

process {
    $parts = $Text -split '[;,\r\n]+' | ForEach-Object { $_.Trim() } | Where-Object { $_ }
    foreach ($p in $parts) {
        if ($p -match '<(?<a>[^>]+)>') {
            $address = $Matches.a
        }
        else {
            $address = ($p -split '\s+')[-1]
        }
        $address = $address.Trim('"', "'", ' ').ToLowerInvariant()
        if ($address -match '^[^@\s]+@[^@\s]+\.[a-z]{2,}$') {
            [void]$all.Add($address)
        }
        else {
            Write-Warning "Ignored '$p'"
        }
    }
}

end {
    $sorted = [string[]]$all | Sort-Object
    $sorted -join '; '
    "{0} unique addresses" -f $sorted.Count
}
