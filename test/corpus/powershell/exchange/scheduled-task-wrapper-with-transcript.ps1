<#
    Wrapper used as the action of a scheduled task: loads the Exchange snap-in, starts a transcript,
    runs the job script and exits with a code the task scheduler shows as the last result.
#>
param(
    [Parameter(Mandatory = $true)]
    [string]$JobScript,
    [string]$LogFolder = 'C:\ScheduledJobs\Logs'
)

$stamp = Get-Date -Format 'yyyyMMdd_HHmmss'
$jobName = [IO.Path]::GetFileNameWithoutExtension($JobScript)
$transcript = Join-Path $LogFolder "$jobName`_$stamp.log"
$exitCode = 0

New-Item -Path $LogFolder -ItemType Directory -Force | Out-Null
Start-Transcript -Path $transcript -Force | Out-Null

try {
    if (-not (Get-PSSnapin -Name Microsoft.Exchange.Management.PowerShell.SnapIn -ErrorAction SilentlyContinue)) {
        Add-PSSnapin Microsoft.Exchange.Management.PowerShell.SnapIn -ErrorAction Stop
    }
    & $JobScript
    if (-not $?) { $exitCode = 2 }
}
catch {
    Write-Output "Job failed: $($_.Exception.GetType().FullName): $($_.Exception.Message)"
    Write-Output $_.ScriptStackTrace
    $exitCode = 1
}
finally {
    Stop-Transcript | Out-Null
    # Keep the last 30 transcripts of this job.
    Get-ChildItem -Path $LogFolder -Filter "$jobName`_*.log" |
        Sort-Object LastWriteTime -Descending |
        Select-Object -Skip 30 |
        Remove-Item -Force
}

exit $exitCode
