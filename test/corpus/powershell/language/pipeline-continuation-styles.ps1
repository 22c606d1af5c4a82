# Long pipelines: a trailing pipe, a backtick, or a parenthesised pipeline.
Get-ChildItem -Path $env:windir\Logs -Recurse -File -ErrorAction SilentlyContinue |
    Where-Object { $_.Extension -in '.log', '.txt' } |
    Sort-Object -Property Length -Descending |
    Select-Object -First 5 -Property FullName, Length

Get-Process `
    -Name 'svchost' `
    -ErrorAction SilentlyContinue `
| Out-Null

$count = (Get-Service |
        Where-Object Status -EQ 'Running' |
        Measure-Object).Count
"Running services: $count"

$summary = Get-EventLog -LogName System -Newest 200 -ErrorAction SilentlyContinue |
    # keep only errors
    Where-Object EntryType -EQ 'Error' |
    Group-Object -Property Source |
    Sort-Object -Property Count -Descending
$summary | Select-Object -First 3 Name, Count

$total = 1 +
    2 +
    3
$joined = 'a', 'b',
    'c'
$condition = ($total -gt 5) -and
    ($joined.Count -eq 3)
"total $total joined $($joined -join '') condition $condition"

$hash = @{
    One = 1
    Two = Get-Date |
        Select-Object -ExpandProperty Year
}
$hash.Two
Get-Command -Noun Service |
    ForEach-Object -Begin { $n = 0 } -Process { $n++; $_.Name } -End { "total $n" }
$result = Get-ChildItem $env:TEMP | ForEach-Object `
    -Process { $_.Name }
$result.Count
