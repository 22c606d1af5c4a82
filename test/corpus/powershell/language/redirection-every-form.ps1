$log = Join-Path $env:TEMP 'redirection-demo.log'
Remove-Item -Path $log -ErrorAction Ignore

function Write-AllStreams {
    [CmdletBinding()]
    param()
    Write-Output 'output'
    Write-Error 'error'
    Write-Warning 'warning'
    Write-Verbose 'verbose' -Verbose
    Write-Debug 'debug' -Debug
    Write-Information 'information'
}

Write-AllStreams > $log
Write-AllStreams >> $log
Write-AllStreams 2> $null
Write-AllStreams 2>> $log
Write-AllStreams 3> $null
Write-AllStreams 4>> $log
Write-AllStreams 5> $null
Write-AllStreams 6> $null
Write-AllStreams *> $null
Write-AllStreams *>> $log
$merged = Write-AllStreams 2>&1
$warnings = Write-AllStreams 3>&1 2> $null
$verbose = Write-AllStreams 4>&1 *>$null
$all = Write-AllStreams *>&1
Write-AllStreams 2>&1 3>&1 4>&1 5>&1 6>&1 | Out-File -FilePath $log -Append
Write-AllStreams 1>$null 2>$null

"merged: $($merged.Count), warnings: $(@($warnings).Count), all: $($all.Count)"
$merged | Where-Object { $_ -is [System.Management.Automation.ErrorRecord] } | ForEach-Object { "ERR: $_" }
cmd.exe /c "echo native stdout & echo native stderr 1>&2" 2>&1 | ForEach-Object { "native: $_" }
ping.exe -n 1 127.0.0.1 > $null
$null = New-Item -ItemType Directory -Path "$env:TEMP\redir" -Force
[void](Get-Item $log)
Get-Item $log | Out-Null
(Get-Content $log).Count
