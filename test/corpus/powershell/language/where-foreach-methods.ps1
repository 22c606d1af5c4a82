$services = Get-Service | Select-Object -First 40

$running = $services.Where({ $_.Status -eq 'Running' })
$firstStopped = $services.Where({ $_.Status -eq 'Stopped' }, 'First')
$lastTwo = $services.Where({ $_.Status -eq 'Running' }, 'Last', 2)
$split = $services.Where({ $_.StartType -eq 'Automatic' }, 'Split')
$until = $services.Where({ $_.Name -like 'W*' }, 'Until')
$skip = $services.Where({ $_.Name -like 'B*' }, 'SkipUntil', 1)
$noParens = $services.Where{ $_.CanStop }

"running $($running.Count), first stopped $($firstStopped.Name), split $($split[0].Count)/$($split[1].Count)"
"until $($until.Count) skip $($skip.Count) stoppable $($noParens.Count) last $($lastTwo.Name -join ',')"

$names = $services.ForEach({ $_.Name.ToUpper() })
$lengths = $services.ForEach{ $_.DisplayName.Length }
$props = $services.ForEach('Name')
$typed = @('1', '2', '3').ForEach([int])
$method = @('a', 'b').ForEach('ToUpper')
$withArgs = @('x-y', 'p-q').ForEach('Split', '-')
$names[0..2]
($lengths | Measure-Object -Maximum).Maximum
$props.Count
$typed[0].GetType().Name
$method -join ''
$withArgs.Count

$grouped = @{}
(1..10).ForEach({ $grouped[$_ % 3] += @($_) })
$grouped.Keys | ForEach-Object { "$_ => $($grouped[$_] -join ' ')" }

$nested = @(@{ n = 'a'; v = 1 }, @{ n = 'b'; v = 5 }).Where({ $_.v -gt 2 }).ForEach({ $_.n })
$nested
(Get-Process).Where({ $_.WorkingSet64 -gt 100MB }).ForEach({ '{0} {1:N0} MB' -f $_.Name, ($_.WorkingSet64 / 1MB) }) |
    Select-Object -First 5
