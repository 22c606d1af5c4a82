<#
.SYNOPSIS
    Turns pipeline tracing on for one sender for a limited time, then off again.
.NOTES
    Pipeline tracing writes full message copies; never leave it on.
#>
param(
    [Parameter(Mandatory)][string]$Server,
    [Parameter(Mandatory)][string]$SenderAddress,
    [ValidateRange(1, 60)][int]$Minutes = 10
)

$svc = Get-TransportService -Identity $Server
$path = $svc.PipelineTracingPath
Write-Host "Tracing messages from $SenderAddress on $Server into $path for $Minutes minutes" -ForegroundColor Yellow

Set-TransportService -Identity $Server -PipelineTracingSenderAddress $SenderAddress -PipelineTracingEnabled $true
try {
    $end = (Get-Date).AddMinutes($Minutes)
    while ((Get-Date) -lt $end) {
        $left = [int]($end - (Get-Date)).TotalSeconds
        Write-Progress -Activity 'Pipeline tracing' -Status "$left s left" -SecondsRemaining $left
        Start-Sleep -Seconds 5
    }
}
finally {
    Set-TransportService -Identity $Server -PipelineTracingEnabled $false
    Write-Progress -Activity 'Pipeline tracing' -Completed
    Write-Host 'Pipeline tracing disabled.' -ForegroundColor Green
}
