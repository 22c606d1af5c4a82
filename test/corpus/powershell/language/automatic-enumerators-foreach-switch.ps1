# $foreach and $switch are the enumerators of the running loop; scripts use them to read ahead.
$arguments = '-server', 'ex01', '-port', '587', '-verbose', '-retries', '3'
$options = @{ server = 'localhost'; port = 25; verbose = $false; retries = 1 }

foreach ($token in $arguments) {
    switch ($token) {
        '-verbose' { $options.verbose = $true }
        default {
            $name = $token.TrimStart('-')
            if ($options.ContainsKey($name) -and $foreach.MoveNext()) {
                $options[$name] = $foreach.Current
            }
        }
    }
}
$options.GetEnumerator() | Sort-Object Name | ForEach-Object { "$($_.Name)=$($_.Value)" }

$lines = 'BEGIN', 'alpha', 'beta', 'END', 'ignored', 'BEGIN', 'gamma', 'END'
$blocks = @()
switch ($lines) {
    'BEGIN' {
        $current = @()
        while ($switch.MoveNext() -and $switch.Current -ne 'END') {
            $current += $switch.Current
        }
        $blocks += , $current
    }
}
"found $($blocks.Count) blocks: $(($blocks | ForEach-Object { $_ -join '+' }) -join ' | ')"

$enumerator = (1..5).GetEnumerator()
while ($enumerator.MoveNext()) {
    if ($enumerator.Current -eq 3) { continue }
    "value $($enumerator.Current)"
}
$enumerator.Reset()
$hash = @{ a = 1; b = 2 }
$e = $hash.GetEnumerator()
while ($e.MoveNext()) { '{0}:{1}' -f $e.Key, $e.Value }
