# Method and constructor calls whose arguments are spread over several lines.
$root = [System.IO.Path]::Combine(
    $env:ExchangeInstallPath,
    'TransportRoles',
    'Logs'
)

$cutoff = [datetime]::new(
    (Get-Date).Year,
    (Get-Date).Month,
    1
)

$files = [System.IO.Directory]::GetFiles(
    $root,
    '*.log',
    [System.IO.SearchOption]::AllDirectories
)

$old = $files.Where({
    [System.IO.File]::GetLastWriteTime($_) -lt $cutoff
})

$message = [string]::Format(
    [System.Globalization.CultureInfo]::InvariantCulture,
    '{0} of {1} log files under {2} are older than {3:yyyy-MM-dd}',
    $old.Count,
    $files.Count,
    $root,
    $cutoff
)
Write-Host $message
