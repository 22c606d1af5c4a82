function Update-Counter {
    param([ref] $Counter, [int] $By = 1)
    $Counter.Value += $By
}

function Split-Address {
    param(
        [Parameter(Mandatory)] [string] $Address,
        [ref] $User,
        [ref] $Domain
    )
    $at = $Address.LastIndexOf('@')
    if ($at -lt 1) { return $false }
    $User.Value = $Address.Substring(0, $at)
    $Domain.Value = $Address.Substring($at + 1)
    return $true
}

$count = 0
Update-Counter -Counter ([ref] $count)
Update-Counter ([ref] $count) -By 5
"count is $count"

$u = $null; $d = $null
if (Split-Address -Address 'ann.lee@contoso.com' -User ([ref]$u) -Domain ([ref]$d)) {
    "user '$u' domain '$d'"
}

$number = 0
foreach ($text in '42', 'forty-two', '0x2A') {
    if ([int]::TryParse($text, [ref] $number)) {
        "$text -> $number"
    }
    else {
        "$text is not an int"
    }
}

$date = [datetime]::MinValue
$ok = [datetime]::TryParseExact('2024-03-01', 'yyyy-MM-dd', [cultureinfo]::InvariantCulture,
    [System.Globalization.DateTimeStyles]::None, [ref] $date)
"parsed $ok $($date.ToLongDateString())"

$ip = $null
[System.Net.IPAddress]::TryParse('10.0.0.300', [ref] $ip)
$box = [ref] 'initial'
$box.Value = 'changed'
$box.Value
$dict = New-Object 'System.Collections.Generic.Dictionary[string,int]'
$dict['a'] = 1
$found = 0
$dict.TryGetValue('a', [ref] $found) | Out-Null
$found
