# Statements used as values: assignment takes a whole statement on its right.
$role = 'Edge'
$port = if ($role -eq 'Edge') { 25 } elseif ($role -eq 'Hub') { 2525 } else { 587 }
$label = switch ($port) { 25 { 'smtp' } 587 { 'submission' } default { 'custom' } }
$squares = foreach ($n in 1..5) { $n * $n }
$parsed = try { [int]'not a number' } catch { -1 } finally { Write-Verbose 'parsed' }
$countdown = while ($port -gt 20) { $port -= 2; $port }
$doValues = do { 'once' } while ($false)
$forValues = for ($i = 0; $i -lt 3; $i++) { "row $i" }

"port $port label $label squares $($squares -join ',') parsed $parsed"
"countdown has $($countdown.Count) values; do gave '$doValues'; for gave $($forValues.Count)"

$collected = @(foreach ($svc in Get-Service | Select-Object -First 3) { $svc.Name })
$sub = $(if ($true) { 'from a subexpression' })
$arr = @(if ($false) { 'never' })
"collected $($collected.Count) sub '$sub' empty $($arr.Count)"

$value =
    Get-Date
$value.Year -gt 2000

$multiline = 'a',
'b', 'c'
$multiline.Count

function Get-Kind([object] $Item) {
    return $(switch ($Item) {
            { $_ -is [int] } { 'number' }
            { $_ -is [string] } { 'text' }
            default { 'other' }
        })
}
Get-Kind 5
Get-Kind 'x'
Get-Kind @{}
$pipeline = Get-Process | Where-Object Id -EQ $PID | ForEach-Object Name
$pipeline
