#requires -Version 7.0
$count = (Get-ChildItem -Path $HOME -File -ErrorAction SilentlyContinue).Count
"There $($count -eq 1 ? 'is' : 'are') $count file$($count -eq 1 ? '' : 's') in $HOME"

$name = $env:USER ?? $env:USERNAME ?? 'unknown'
$greeting = (Get-Date).Hour -lt 12 ? 'Good morning' : 'Good afternoon'
"$greeting, $name"

$items = 1..10
$items | ForEach-Object { $_ % 3 -eq 0 ? 'fizz' : $_ }
