# Here-strings that contain quote characters, '@ and "@ not at the start of a line, and
# subexpressions with nested quotes - all common in generated HTML and e-mail bodies.
$server = $env:COMPUTERNAME
$queues = @(Get-Queue -Server $server)

$css = @'
td.num { text-align: right; }   /* a literal '@ inside stays: it is not at the start of a line */
a[href$=".csv"]::after { content: " (csv)"; }
'@

$body = @"
<html><head><style>$css</style></head><body>
<p>Server "$server" has $($queues.Count) queues; the busiest is "$(($queues | Sort-Object MessageCount -Descending | Select-Object -First 1).Identity)".</p>
<p>Report built at $(Get-Date -Format "yyyy-MM-dd 'at' HH:mm") by $([Environment]::UserName).</p>
<p>A "@ in the middle of a line does not end this string, nor does "@ after spaces: "@</p>
<p>Totals: $( ($queues | Measure-Object MessageCount -Sum).Sum ) messages, $(@($queues | Where-Object { $_.Status -eq "Retry" }).Count) in retry.</p>
</body></html>
"@

$empty = @"
"@

$singleWithDollar = @'
These $variables and $(subexpressions) stay literal in a single-quoted here-string.
'@

$body.Length
$empty.Length
$singleWithDollar
