$log = @'
2024-03-01 08:00:01 SEND queue=contoso.com size=2048 rcpt=3 status=250
2024-03-01 08:00:05 FAIL queue=fabrikam.com size=120 rcpt=1 status=451 reason="DNS query failed"
2024-03-01 08:01:00 SEND queue=contoso.com size=99 rcpt=1 status=250
'@

# named groups, inline options and lookarounds
$rx = [regex]'(?m)^(?<date>\S+) (?<time>\S+) (?<event>SEND|FAIL)\b(?=.*status=(?<status>\d{3}))'
foreach ($m in $rx.Matches($log)) {
    '{0} {1} -> {2}' -f $m.Groups['time'].Value, $m.Groups['event'].Value, $m.Groups['status'].Value
}

$pairs = [regex]::Matches($log, '(?<key>\w+)=(?<value>"[^"]*"|\S+)')
$pairs | Group-Object { $_.Groups['key'].Value } | Select-Object Name, Count

'price: $42.50' -match '(?<=\$)\d+(?:\.\d+)?'
$Matches[0]
'ann@contoso.com' -match '^(?<user>[^@]+)@(?<domain>.+)$' | Out-Null
"user=$($Matches.user) domain=$($Matches['domain'])"

# -match on an array filters and does not set $Matches
$filtered = 'a1', 'b2', 'c' -match '\d'
$filtered -join ','

[regex]::Split('one1two22three', '\d+')
'CamelCaseString' -creplace '(?<!^)([A-Z])', ' $1'
'2024-03-01' -replace '(\d+)-(\d+)-(\d+)', '$3/$2/$1'
'file.tar.gz' -replace '^(?<base>[^.]+)\.(?<ext>.+)$', '${ext}:${base}'
'aaa' -replace 'a', '$$'
Select-String -InputObject $log -Pattern 'status=(\d+)' -AllMatches | ForEach-Object { $_.Matches.Groups[1].Value }
$log -split "`n" | Select-String -Pattern 'FAIL' -Context 1, 0 | ForEach-Object { $_.Context.PreContext }
$options = [Text.RegularExpressions.RegexOptions]'IgnoreCase, Singleline'
[regex]::new('send.+fail', $options).IsMatch($log)
[regex]::Unescape('\t\x41')
'x' -match '[[:alpha:]]'
