param(
    [Parameter(Mandatory)][string]$Server,
    [int]$TimeoutMinutes = 30,
    [int]$PollSeconds = 15
)

$deadline = (Get-Date).AddMinutes($TimeoutMinutes)

do {
    # Poison and Shadow Redundancy queues do not drain on their own, so they are left out.
    $remaining = Get-Queue -Server $Server |
        Where-Object { $_.DeliveryType -notin 'ShadowRedundancy', 'Undefined' -and $_.Identity -notlike '*\Poison' } |
        Measure-Object -Property MessageCount -Sum |
        Select-Object -ExpandProperty Sum

    Write-Host ("{0:HH:mm:ss} {1} messages left on {2}" -f (Get-Date), [int]$remaining, $Server)
    if ($remaining -eq 0) { break }

    Start-Sleep -Seconds $PollSeconds
} while ((Get-Date) -lt $deadline)

if ($remaining -gt 0) {
    Write-Warning "Timed out with $remaining messages still queued on $Server."
    exit 1
}
Write-Host "Queues on $Server are empty." -ForegroundColor Green
