$year = (Get-Date).Year
$table = @{
    (Get-Date).Year = 'current year'
    ($year - 1)     = 'last year'
    "key-$year"     = 'expanded key'
    'a b'           = 'spaced key'
    true            = 'bare word true'
    1.5             = 'decimal key'
    [int]           = 'type as key'
}
$table[$year]
$table[$year - 1]
$table["key-$year"]
$table.'a b'
$table['true']
$table[1.5]
$table[[int]]

$filter = @{ Name = 'W*'; ErrorAction = 'SilentlyContinue' }
Get-Service @filter | Select-Object -First 1 | Out-Null

$empty = @{}
if (-not $empty.Count) { 'empty table' }
if ($empty -and $empty.Count) { 'never' }
if ($null -eq $table.Missing) { 'missing key is null' }
if (!$table.ContainsKey('zzz')) { 'no zzz' }
if (-not (Test-Path -Path "$env:TEMP\nope")) { 'no such path' }
if ((Get-Date).DayOfWeek -in 'Saturday', 'Sunday') { 'weekend' } else { 'weekday' }
if ($table.Count -gt 3 -and ($table.Keys -contains 'a b' -or $table.Keys -contains 'x')) { 'compound ok' }
if ($a = Get-Process -Id $PID) { "assigned in a condition: $($a.Name)" }
if (($n = 5) -gt 3) { "n is $n" }
while (($line = Read-Host -Prompt 'blank line to stop' -ErrorAction SilentlyContinue) -and $line -ne 'q') { "you typed $line" }
$nested = @{ level1 = @{ level2 = @{ level3 = 'deep' } } }
$nested.level1.level2.level3
$nested['level1']['level2']['level3']
$nested.level1['level2'].level3
