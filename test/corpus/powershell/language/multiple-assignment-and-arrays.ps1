$first, $second, $rest = 1, 2, 3, 4, 5
"first=$first second=$second rest=$($rest -join ',')"
$a, $b = $b, $a
$x = $y = $z = 0
"$x $y $z"

$head, $tail = 'ex01.contoso.local' -split '\.', 2
"host $head in $tail"

$empty = @()
$one = @(1)
$nested = @(@(1, 2), @(3, 4))
$unary = , 5
$comma = 1, (2, 3), 4
"empty $($empty.Count) one $($one.Count) nested $($nested[1][0]) unary $($unary.Count) comma $($comma.Count)"

$numbers = 0..20
$numbers[0]
$numbers[-1]
$numbers[2..4]
$numbers[-3..-1]
$numbers[0, 5, 10]
$numbers[1..3 + 7]
$numbers.Length
$letters = 'a'..'e'
$reverse = 10..1
[array]::Reverse($letters)
$letters -join ''
$reverse[0]

[int[]] $typed = 1, '2', 3.0
$typed.GetType().FullName
$typed += 4
[string[]] $names = @()
$names += 'alpha'
$list = New-Object System.Collections.ArrayList
[void] $list.Add('one')
$list.AddRange(@('two', 'three'))
$list.Remove('two')
$list.Insert(0, 'zero')
$list -join ' '
$matrix = New-Object 'int[,]' 3, 3
$matrix[1, 1] = 5
$matrix[1, 1]
$jagged = [int[][]] @(@(1), @(2, 3))
$jagged[1][1]
$sliced = $list[1..($list.Count - 1)]
$sliced
