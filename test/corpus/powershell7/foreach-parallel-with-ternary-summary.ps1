#requires -Version 7.0
param([string] $Root = $HOME)

$folders = Get-ChildItem -Path $Root -Directory -ErrorAction SilentlyContinue
$sizes = $folders | ForEach-Object -Parallel {
    $bytes = (Get-ChildItem -Path $_.FullName -Recurse -File -ErrorAction SilentlyContinue | Measure-Object Length -Sum).Sum
    [pscustomobject]@{ Folder = $_.Name; MB = [math]::Round(($bytes ?? 0) / 1MB, 1) }
} -ThrottleLimit 8 -TimeoutSeconds 120

foreach ($s in $sizes | Sort-Object MB -Descending) {
    '{0,-30} {1,10} {2}' -f $s.Folder, $s.MB, ($s.MB -gt 1024 ? 'LARGE' : '')
}
