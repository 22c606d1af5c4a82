param([string[]] $Lines = @('ERROR 500 mailbox unavailable', 'warn: queue high', 'INFO ok', '250 2.0.0 OK'))

# -Regex with captures
foreach ($line in $Lines) {
    switch -Regex ($line) {
        '^ERROR (?<code>\d{3})' { "error code $($Matches.code)"; break }
        '^warn'                 { 'a warning' }
        '^\d{3} (\d\.\d\.\d)'   { "enhanced status $($Matches[1])" }
        default                 { "other: $_" }
    }
}

# -Wildcard, -CaseSensitive
switch -Wildcard -CaseSensitive ('Report.CSV') {
    '*.csv' { 'lower-case csv' }
    '*.CSV' { 'upper-case CSV' }
}

# -Exact with an array input: each element is tested
switch -Exact ('a', 'b', 'c', 'a') {
    'a' { 'found a' }
    'b' { 'found b'; continue }
    'c' { 'found c' }
}

# script block conditions and number comparisons
$size = 75MB
switch ($size) {
    { $_ -lt 10MB } { 'small' }
    { $_ -ge 10MB -and $_ -lt 100MB } { 'medium' }
    { $_ -ge 100MB } { 'large' }
}

# -File reads a file line by line
$tmp = New-TemporaryFile
Set-Content -Path $tmp -Value "server=ex01`nport=25`n# comment`nport=587"
$config = @{}
switch -Regex -File $tmp {
    '^#'            { continue }
    '^(\w+)=(.*)$'  { $config[$Matches[1]] = $Matches[2] }
}
Remove-Item $tmp
$config.GetEnumerator() | Sort-Object Name | ForEach-Object { "$($_.Name) -> $($_.Value)" }

# switch on an expression result with a parenthesised type value
switch ((Get-Date).DayOfWeek) {
    ([DayOfWeek]::Saturday) { 'weekend' }
    ([DayOfWeek]::Sunday)   { 'weekend' }
    default                 { 'working day' }
}
$result = switch (3) { 1 { 'one' } 3 { 'three' } }
"switch as a value: $result"
