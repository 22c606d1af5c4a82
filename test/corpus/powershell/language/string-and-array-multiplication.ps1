$width = 60
$rule = '=' * $width
$thin = '-' * $width
$title = 'Transport summary'
$pad = [math]::Floor(($width - $title.Length) / 2)

$rule
(' ' * $pad) + $title
$thin

$zeros = @(0) * 5
$pattern = @('a', 'b') * 3
$grid = , (@('.') * 4) * 3
"zeros: $($zeros -join ''), pattern: $($pattern -join ''), grid rows: $($grid.Count)"
$grid | ForEach-Object { $_ -join ' ' }

$combined = @(1, 2) + @(3, 4) + 5
$combined.Count
$prefix = 'ex' + 1 + 2
$sum = 1 + '2'
$stringFirst = '1' + 2
"prefix $prefix sum $sum stringFirst $stringFirst"
$multiplied = '3' * 2
$numberFirst = 3 * '2'
"multiplied '$multiplied' numberFirst $numberFirst"

$bar = { param([int] $n, [int] $max) ('#' * [math]::Round($n / $max * 30)).PadRight(30, '.') }
$data = [ordered]@{ contoso = 120; fabrikam = 45; tailspin = 300 }
$max = ($data.Values | Measure-Object -Maximum).Maximum
foreach ($k in $data.Keys) {
    '{0,-10} [{1}] {2}' -f $k, (& $bar $data[$k] $max), $data[$k]
}
$rule
$empty = '' * 10
"empty length $($empty.Length)"
$indent = "`t" * 2 + 'indented'
$indent
