$words = -split 'the quick brown fox jumps over the lazy dog The End'

$words | Sort-Object -Unique
$words | Sort-Object -Unique -CaseSensitive
$words | Sort-Object -Property Length, @{ Expression = { $_ }; Descending = $true } | Select-Object -First 3
$words | Sort-Object | Get-Unique
$words | Group-Object -Property Length | Sort-Object Name | ForEach-Object { '{0}: {1}' -f $_.Name, ($_.Group -join ',') }

$byLetter = $words | Group-Object { $_.Substring(0, 1).ToLower() } -AsHashTable -AsString
$byLetter['t'] -join ' '
$byLetter.Keys.Count

$stats = $words | Measure-Object -Property Length -Average -Sum -Maximum -Minimum
'{0} words, average {1:N2} letters, longest {2}' -f $stats.Count, $stats.Average, $stats.Maximum
'one two three' | Measure-Object -Word -Character -Line
Get-Content -Path "$env:windir\win.ini" -ErrorAction SilentlyContinue | Measure-Object -Line

$records = @(
    [pscustomobject]@{ Dept = 'IT'; Name = 'Ann'; Salary = 5000 }
    [pscustomobject]@{ Dept = 'IT'; Name = 'Bob'; Salary = 4200 }
    [pscustomobject]@{ Dept = 'HR'; Name = 'Cyd'; Salary = 3900 }
)
$records | Group-Object Dept | Select-Object Name, Count,
    @{ n = 'Total'; e = { ($_.Group | Measure-Object Salary -Sum).Sum } },
    @{ n = 'Top'; e = { ($_.Group | Sort-Object Salary -Descending)[0].Name } }
$records | Sort-Object Dept, @{ e = 'Salary'; Descending = $true } | Format-Table -GroupBy Dept -Property Name, Salary
$records | Select-Object -Property Dept -Unique
$records.Salary | Sort-Object -Descending | Select-Object -Index 1
