<#
    Streams a very large tracking export (millions of rows) with a StreamReader instead of
    Import-Csv, counting messages per sender domain without holding the file in memory.
#>
param(
    [Parameter(Mandatory)][string]$Path,
    [int]$Top = 15
)

$reader = [System.IO.StreamReader]::new($Path)
$counts = @{}
$lineNumber = 0

try {
    $header = $reader.ReadLine() -replace '"', '' -split ','
    $senderIndex = [array]::IndexOf($header, 'Sender')
    if ($senderIndex -lt 0) {
        throw "The file $Path has no Sender column. Columns are: $($header -join ', ')"
    }

    while ($null -ne ($line = $reader.ReadLine())) {
        $lineNumber++
        $fields = $line -split ',(?=(?:[^"]*"[^"]*")*[^"]*$)'
        $sender = $fields[$senderIndex].Trim('"')
        $at = $sender.LastIndexOf('@')
        if ($at -lt 0) { continue }
        $domain = $sender.Substring($at + 1).ToLowerInvariant()
        $counts[$domain] = [int]$counts[$domain] + 1

        if ($lineNumber % 100000 -eq 0) {
            Write-Progress -Activity 'Reading export' -Status "$lineNumber lines" -PercentComplete (100 * $reader.BaseStream.Position / $reader.BaseStream.Length)
        }
    }
}
finally {
    $reader.Close()
    Write-Progress -Activity 'Reading export' -Completed
}

$counts.GetEnumerator() | Sort-Object Value -Descending | Select-Object -First $Top @{ n = 'Domain'; e = { $_.Key } }, @{ n = 'Messages'; e = { $_.Value } }
