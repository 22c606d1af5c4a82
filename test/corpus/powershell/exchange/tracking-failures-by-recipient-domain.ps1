[CmdletBinding()]
param(
    [Parameter(Mandatory = $true)]
    [datetime]$Start,

    [datetime]$End = (Get-Date),

    [int]$Top = 20
)

$servers = Get-TransportService | Select-Object -ExpandProperty Name
$events = foreach ($srv in $servers) {
    Write-Verbose "Searching $srv from $Start to $End"
    Get-MessageTrackingLog -Server $srv -Start $Start -End $End -EventId FAIL -ResultSize Unlimited
}

# Each FAIL event can carry several recipients; count each recipient domain once per event.
$domains = $events | ForEach-Object {
    $_.Recipients | ForEach-Object { ($_ -split '@')[-1].ToLowerInvariant() } | Select-Object -Unique
}

$domains |
    Group-Object |
    Sort-Object Count -Descending |
    Select-Object -First $Top @{ Name = 'Domain'; Expression = { $_.Name } }, Count |
    Format-Table -AutoSize
