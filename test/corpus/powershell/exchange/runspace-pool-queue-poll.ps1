<#
.SYNOPSIS
    Polls queue counts on many servers at once with a runspace pool (faster than jobs on 5.1).
#>
param(
    [string[]]$Server = (Get-TransportService).Name,
    [ValidateRange(1, 32)][int]$Throttle = 8
)

$pool = [runspacefactory]::CreateRunspacePool(1, $Throttle)
$pool.Open()

$worker = {
    param([string]$ComputerName)
    try {
        $session = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri "http://$ComputerName/PowerShell/" -Authentication Kerberos -ErrorAction Stop
        $count = Invoke-Command -Session $session -ScriptBlock { (Get-Queue | Measure-Object MessageCount -Sum).Sum }
        Remove-PSSession $session
        [pscustomobject]@{ Server = $ComputerName; Queued = $count; Error = $null }
    }
    catch {
        [pscustomobject]@{ Server = $ComputerName; Queued = $null; Error = $_.Exception.Message }
    }
}

$handles = foreach ($s in $Server) {
    $ps = [powershell]::Create()
    $ps.RunspacePool = $pool
    [void]$ps.AddScript($worker).AddArgument($s)
    [pscustomobject]@{ Shell = $ps; Handle = $ps.BeginInvoke(); Server = $s }
}

$results = foreach ($h in $handles) {
    $h.Shell.EndInvoke($h.Handle)
    $h.Shell.Dispose()
}
$pool.Close()
$pool.Dispose()

$results | Sort-Object Queued -Descending | Format-Table Server, Queued, Error -AutoSize
