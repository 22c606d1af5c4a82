# Here-strings end only at a quote-at sign pair at the very start of a line.
$indentedTerminator = @"
This line looks like it ends the string:
    "@ but it is indented, so it is content.
A single-quoted terminator '@ inside an expandable here-string is content too.
Expanded: $env:COMPUTERNAME and $(2 * 21)
"@

$literal = @'
Nothing expands: $env:COMPUTERNAME, $(Get-Date), `t, "quotes" and 'quotes'.
An expandable terminator "@ at column zero would not end this one:
"@
'@

$empty = @"
"@

$json = @"
{
  "name": "$($env:USERNAME)",
  "items": [1, 2, 3],
  "escaped": "a `"quoted`" word"
}
"@

$sql = @'
SELECT * FROM [dbo].[Messages] WHERE Subject LIKE '%invoice%'
'@

$indentedTerminator
$literal
"empty length: $($empty.Length)"
($json | ConvertFrom-Json).items.Count
$sql.Contains("'%invoice%'")
$nested = @"
Outer with $(@'
inner literal here-string
'@.ToUpper())
"@
$nested
Write-Output @'
passed directly as an argument
'@
$lines = @"
one
two
three
"@ -split "`r?`n"
$lines.Count
