$sample = @'
2024-03-01T08:00:01.123Z,EX01\Default Frontend EX01,08DC1,0,10.0.0.5:25,203.0.113.7:51234,+,,
2024-03-01T08:00:01.456Z,EX01\Default Frontend EX01,08DC1,1,10.0.0.5:25,203.0.113.7:51234,<,EHLO mail.fabrikam.com,
2024-03-01T08:00:01.789Z,EX01\Default Frontend EX01,08DC1,2,10.0.0.5:25,203.0.113.7:51234,>,250-EX01.contoso.local Hello [203.0.113.7],
2024-03-01T08:00:02.001Z,EX01\Default Frontend EX01,08DC1,3,10.0.0.5:25,203.0.113.7:51234,<,MAIL FROM:<alerts@fabrikam.com> SIZE=2048,
'@ -split "`r?`n"

$pattern = [regex]'^(?<time>[^,]+),(?<connector>[^,]+),(?<session>\w+),\d+,(?<local>[^,]+),(?<remote>[\d.]+):\d+,(?<dir>[<>+-]),(?<data>[^,]*)'
$events = foreach ($line in $sample) {
    $m = $pattern.Match($line)
    if (-not $m.Success) { continue }
    [pscustomobject]@{
        Time      = [datetime]::Parse($m.Groups['time'].Value, [Globalization.CultureInfo]::InvariantCulture)
        Connector = $m.Groups['connector'].Value
        Remote    = $m.Groups['remote'].Value
        Direction = $m.Groups['dir'].Value
        Data      = $m.Groups['data'].Value
    }
}

$ehlo = $events | Where-Object Data -Match '^EHLO\s+(\S+)' | Select-Object -First 1
if ($ehlo.Data -match '^EHLO\s+(?<host>\S+)') { "Client said EHLO $($Matches.host)" }

$sender = $events.Data | Select-String -Pattern 'MAIL FROM:<(?<addr>[^>]*)>' | ForEach-Object { $_.Matches[0].Groups['addr'].Value }
"Sender: $sender"

[regex]::Matches(($sample -join "`n"), '\b\d{1,3}(?:\.\d{1,3}){3}\b') | ForEach-Object Value | Sort-Object -Unique
'250-EX01 Hello' -replace '^(\d{3})-', '$1 '
'MAIL FROM:<a@b.c>' -creplace '(?i)mail from', 'FROM'
[regex]::Replace('a1b22c333', '\d+', { param($m) "[$($m.Value.Length)]" })
'one, two;three  four' -split '[,;\s]+'
'key=value=more' -split '=', 2
[regex]::Escape('C:\Logs\(old)')
'ABC' -notmatch '^[a-z]+$'
$opts = [System.Text.RegularExpressions.RegexOptions]::IgnoreCase -bor [System.Text.RegularExpressions.RegexOptions]::Multiline
[regex]::IsMatch("x`nEHLO y", '^ehlo', $opts)
