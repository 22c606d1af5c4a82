# Runs Test-Mailflow from every Mailbox server to every other one and prints a matrix.
$servers = @(Get-ExchangeServer | Where-Object IsMailboxServer | Sort-Object Name | ForEach-Object Name)
$matrix = @{}

foreach ($from in $servers) {
    foreach ($to in $servers) {
        if ($from -eq $to) { continue }
        try {
            $result = Test-Mailflow -Identity $from -TargetMailboxServer $to -ErrorAction Stop
            $matrix["$from|$to"] = '{0} {1:N1}s' -f $result.TestMailflowResult, $result.MessageLatencyTime.TotalSeconds
        }
        catch {
            $matrix["$from|$to"] = 'ERROR'
        }
    }
}

$header = 'From \ To'.PadRight(14) + (($servers | ForEach-Object { $_.PadRight(16) }) -join '')
Write-Host $header -ForegroundColor Cyan
foreach ($from in $servers) {
    $line = $from.PadRight(14)
    foreach ($to in $servers) {
        $cell = if ($from -eq $to) { '-' } else { $matrix["$from|$to"] }
        $line += "$cell".PadRight(16)
    }
    Write-Host $line
}
