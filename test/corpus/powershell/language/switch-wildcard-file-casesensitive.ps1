param([string] $LogFile = "$env:TEMP\connector-sample.log")

@'
#Software: Microsoft Exchange Server
#Fields: date-time,connector-id,session-id,sequence-number,local-endpoint,remote-endpoint,event,data,context
2024-03-01T08:00:01Z,EX01\Relay,01,0,10.0.0.5:25,10.0.1.20:50000,+,,
2024-03-01T08:00:02Z,EX01\Relay,01,1,10.0.0.5:25,10.0.1.20:50000,>,220 EX01 ready,
2024-03-01T08:00:03Z,EX01\Relay,01,2,10.0.0.5:25,10.0.1.20:50000,<,helo printer,
2024-03-01T08:00:04Z,EX01\Relay,01,3,10.0.0.5:25,10.0.1.20:50000,<,MAIL FROM:<scanner@contoso.com>,
2024-03-01T08:00:05Z,EX01\Relay,01,4,10.0.0.5:25,10.0.1.20:50000,-,,Local
'@ | Set-Content -Path $LogFile

$counts = @{ Connect = 0; Disconnect = 0; Commands = 0; Header = 0 }
$fields = @()
switch -Wildcard -File $LogFile {
    '#Fields:*' { $fields = $_.Substring(9).Split(','); $counts.Header++; continue }
    '#*'        { $counts.Header++; continue }
    '*,+,*'     { $counts.Connect++ }
    '*,-,*'     { $counts.Disconnect++ }
    '*,<,*'     { $counts.Commands++ }
}
$counts.GetEnumerator() | Sort-Object Name | ForEach-Object { '{0,-10} {1}' -f $_.Key, $_.Value }
"fields: $($fields.Count)"

foreach ($verb in 'HELO', 'helo', 'EHLO', 'Mail') {
    switch -CaseSensitive -Exact ($verb) {
        'HELO' { "$verb is an upper-case HELO" }
        'EHLO' { "$verb is an upper-case EHLO" }
        default { "$verb does not match case-sensitively" }
    }
}

switch -Regex -CaseSensitive (Get-Content $LogFile) {
    ',<,helo' { 'a client used lower-case helo' }
    ',<,HELO' { 'a client used upper-case HELO' }
}
switch (1, 2, 3, 4) {
    { $_ % 2 -eq 0 } { "$_ is even"; continue }
    4 { 'never reached for 4 because of continue' }
    default { "$_ is odd" }
}
Remove-Item $LogFile
