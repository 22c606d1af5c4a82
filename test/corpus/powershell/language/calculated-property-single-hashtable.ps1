# A calculated property is a hashtable, and many one-liners pass exactly one of them.
[CmdletBinding()]
param([string] $Path = $env:TEMP)

$files = Get-ChildItem -Path $Path -File -ErrorAction SilentlyContinue

# Sort by one computed key, newest first: the whole -Property value is one hashtable.
$newest = $files | Sort-Object -Property @{ Expression = 'LastWriteTime'; Descending = $true } | Select-Object -First 5
$newest | Select-Object -Property @{ Name = 'File'; Expression = { $_.Name } }

# Positional forms of the same thing.
$files | Sort-Object @{ Expression = { $_.Length } } | Select-Object -Last 1 -ExpandProperty Name
$files | Select-Object @{ n = 'SizeKB'; e = { [math]::Ceiling($_.Length / 1KB) } } | Select-Object -First 3

# Format cmdlets take the same hashtables.
$files | Select-Object -First 5 | Format-Table @{ Label = 'Name (KB)'; Expression = { '{0} ({1:N0})' -f $_.Name, ($_.Length / 1KB) } }
$files | Select-Object -First 2 | Format-List -Property @{ Name = 'Age (days)'; Expression = { [int]((Get-Date) - $_.LastWriteTime).TotalDays } }
$files | Sort-Object Extension | Select-Object -First 10 |
    Format-Table -Property Name, Length -GroupBy @{ Name = 'Type'; Expression = { $_.Extension.ToUpperInvariant() } }

# Stored in a variable first, as some people prefer.
$age = @{ Name = 'AgeDays'; Expression = { [int]((Get-Date) - $_.CreationTime).TotalDays } }
$files | Select-Object -First 3 -Property Name, $age
