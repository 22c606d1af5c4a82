function Invoke-NativeCapture {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)] [string] $FilePath,
        [string[]] $ArgumentList = @(),
        [int] $TimeoutSeconds = 30
    )

    $psi = New-Object System.Diagnostics.ProcessStartInfo
    $psi.FileName = $FilePath
    $psi.Arguments = ($ArgumentList | ForEach-Object { if ($_ -match '\s') { '"{0}"' -f $_ } else { $_ } }) -join ' '
    $psi.UseShellExecute = $false
    $psi.RedirectStandardOutput = $true
    $psi.RedirectStandardError = $true
    $psi.CreateNoWindow = $true

    $process = [System.Diagnostics.Process]::Start($psi)
    $stdout = $process.StandardOutput.ReadToEndAsync()
    $stderr = $process.StandardError.ReadToEndAsync()
    if (-not $process.WaitForExit($TimeoutSeconds * 1000)) {
        $process.Kill()
        throw "$FilePath did not finish within $TimeoutSeconds seconds"
    }
    [pscustomobject]@{
        ExitCode = $process.ExitCode
        Output   = $stdout.Result -split "`r?`n" | Where-Object { $_ }
        Error    = $stderr.Result
        Duration = $process.ExitTime - $process.StartTime
    }
}

$result = Invoke-NativeCapture -FilePath 'ipconfig.exe' -ArgumentList '/all'
"exit $($result.ExitCode), $($result.Output.Count) lines in $([int]$result.Duration.TotalMilliseconds) ms"

$outFile = Join-Path $env:TEMP 'netstat.txt'
$p = Start-Process -FilePath netstat.exe -ArgumentList '-an' -RedirectStandardOutput $outFile -NoNewWindow -Wait -PassThru
"netstat exit $($p.ExitCode); listening on 25: $(@(Select-String -Path $outFile -Pattern ':25\s+.*LISTENING').Count)"
$stopwatch = [System.Diagnostics.Stopwatch]::StartNew()
Get-Process | Sort-Object CPU -Descending | Select-Object -First 5 Name, Id, @{ n = 'CPU(s)'; e = { [math]::Round($_.CPU, 1) } }
$stopwatch.Stop()
"listed in $($stopwatch.ElapsedMilliseconds) ms"
