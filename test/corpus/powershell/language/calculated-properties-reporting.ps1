[CmdletBinding()]
param([string] $Path = $env:TEMP, [string] $CsvPath = "$env:TEMP\folder-report.csv")

$files = Get-ChildItem -Path $Path -File -Recurse -ErrorAction SilentlyContinue

$report = $files |
    Group-Object -Property Extension |
    Select-Object @{ Name = 'Extension'; Expression = { if ($_.Name) { $_.Name } else { '(none)' } } },
        Count,
        @{ Label = 'TotalMB'; Expression = { [math]::Round(($_.Group | Measure-Object Length -Sum).Sum / 1MB, 2) } },
        @{ n = 'Newest'; e = { ($_.Group | Sort-Object LastWriteTime -Descending | Select-Object -First 1).Name } } |
    Sort-Object -Property @{ Expression = 'TotalMB'; Descending = $true }, @{ Expression = 'Extension'; Ascending = $true }

$report | Select-Object -First 10 | Format-Table -AutoSize -Property Extension, Count,
    @{ Label = 'Size'; Expression = { '{0:N2} MB' -f $_.TotalMB }; Align = 'Right'; Width = 12 },
    Newest

$report | Format-List -Property *
$report | Export-Csv -Path $CsvPath -NoTypeInformation -Delimiter ';' -Encoding UTF8
$back = Import-Csv -Path $CsvPath -Delimiter ';'
"Exported $($back.Count) rows"

$files | Sort-Object Length -Descending | Select-Object -First 5 -Property Name, Length, DirectoryName |
    ConvertTo-Html -Title 'Largest files' -PreContent '<h1>Largest files</h1>' | Out-File "$env:TEMP\largest.html"

$files | Measure-Object -Property Length -Sum -Average -Maximum -Minimum |
    Select-Object Count, @{ n = 'AvgKB'; e = { [int]($_.Average / 1KB) } }, Maximum, Minimum
$files | Select-Object -ExpandProperty Extension -Unique | Sort-Object
$files | Select-Object -Property Name -Skip 2 -First 2
$files | Format-Wide -Property Name -Column 4
$files | Group-Object { $_.LastWriteTime.Date } -NoElement | Sort-Object Name | Select-Object -Last 3
