#requires -Version 7.0
[CmdletBinding()]
param(
    [string] $Server,
    [Nullable[int]] $Port
)

$config = Get-Content -Path "$PSScriptRoot/settings.json" -Raw -ErrorAction SilentlyContinue | ConvertFrom-Json
$effectiveServer = $Server ?? $config.smtp.server ?? 'localhost'
$effectivePort = $Port ?? $config.smtp.port ?? 25

$cache = $null
$cache ??= @{}
$cache['server'] ??= $effectiveServer
$cache['retries'] ??= 3
$cache['retries'] ??= 99

"Server: $effectiveServer"
"Port:   $effectivePort"
"Cache:  $(($cache.GetEnumerator() | Sort-Object Name | ForEach-Object { "$($_.Name)=$($_.Value)" }) -join ', ')"
$displayName = $env:CONTOSO_DISPLAY ?? [Environment]::UserName
"Hello, $displayName"
