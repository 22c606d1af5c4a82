param(
    [string] $Root = $env:TEMP,
    [int] $MaxDepth = 2
)

# Breadth-first with a queue
$queue = New-Object 'System.Collections.Generic.Queue[psobject]'
$queue.Enqueue([pscustomobject]@{ Path = $Root; Depth = 0 })
$folders = 0
while ($queue.Count -gt 0) {
    $current = $queue.Dequeue()
    $folders++
    if ($current.Depth -ge $MaxDepth) { continue }
    Get-ChildItem -LiteralPath $current.Path -Directory -ErrorAction SilentlyContinue | ForEach-Object {
        $queue.Enqueue([pscustomobject]@{ Path = $_.FullName; Depth = $current.Depth + 1 })
    }
}
"Breadth-first visited $folders folders"

# Depth-first with a stack, tracking the largest files
$stack = New-Object System.Collections.Stack
$stack.Push($Root)
$largest = New-Object 'System.Collections.Generic.SortedList[long, string]'
$visited = 0
while ($stack.Count) {
    $dir = [string]$stack.Pop()
    $visited++
    if ($visited -gt 200) { break }
    foreach ($item in Get-ChildItem -LiteralPath $dir -ErrorAction SilentlyContinue) {
        if ($item.PSIsContainer) {
            $stack.Push($item.FullName)
        }
        elseif (-not $largest.ContainsKey($item.Length)) {
            $largest.Add($item.Length, $item.FullName)
            if ($largest.Count -gt 5) { $largest.RemoveAt(0) }
        }
    }
}
for ($i = $largest.Count - 1; $i -ge 0; $i--) {
    '{0,12:N0}  {1}' -f $largest.Keys[$i], $largest.Values[$i]
}
