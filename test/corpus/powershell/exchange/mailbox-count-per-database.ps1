$byDatabase = @{}

Get-Mailbox -ResultSize Unlimited | ForEach-Object {
    $key = [string]$_.Database
    if (-not $byDatabase.ContainsKey($key)) {
        $byDatabase[$key] = 0
    }
    $byDatabase[$key]++
}

$byDatabase.GetEnumerator() |
    Sort-Object -Property Value -Descending |
    ForEach-Object { '{0,-30}{1,8}' -f $_.Key, $_.Value }

$average = ($byDatabase.Values | Measure-Object -Average).Average
"Average per database: {0:N1}" -f $average
