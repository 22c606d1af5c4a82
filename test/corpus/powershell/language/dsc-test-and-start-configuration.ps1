[CmdletBinding(SupportsShouldProcess)]
param(
    [string] $MofPath = "$PSScriptRoot\mof",
    [string[]] $ComputerName = @('web01', 'web02'),
    [switch] $Wait
)

$sessions = New-CimSession -ComputerName $ComputerName -ErrorAction Stop
try {
    $drift = foreach ($session in $sessions) {
        $result = Test-DscConfiguration -CimSession $session -Detailed
        [pscustomobject]@{
            Computer    = $session.ComputerName
            InDesired   = $result.InDesiredState
            NotInDesired = @($result.ResourcesNotInDesiredState).Count
            Resources   = ($result.ResourcesNotInDesiredState.ResourceId -join ', ')
        }
    }
    $drift | Format-Table -AutoSize

    $toFix = @($drift | Where-Object { -not $_.InDesired })
    if ($toFix.Count -eq 0) {
        Write-Host 'All nodes are compliant.' -ForegroundColor Green
        return
    }

    if ($PSCmdlet.ShouldProcess(($toFix.Computer -join ', '), 'Start-DscConfiguration')) {
        $target = $sessions | Where-Object ComputerName -In $toFix.Computer
        $job = Start-DscConfiguration -Path $MofPath -CimSession $target -Force
        if ($Wait) {
            $job | Wait-Job | Receive-Job -Keep -Verbose 4>&1 | Select-Object -Last 20
        }
    }
}
finally {
    $sessions | Remove-CimSession
}
