function Show-ServiceTree {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory, ValueFromPipelineByPropertyName)]
        [Alias('ServiceName')]
        [string] $Name,
        [int] $Depth = 0,
        [System.Collections.Generic.HashSet[string]] $Visited = [System.Collections.Generic.HashSet[string]]::new()
    )
    process {
        if (-not $Visited.Add($Name)) {
            '{0}{1} (already shown)' -f ('  ' * $Depth), $Name
            return
        }
        $svc = Get-Service -Name $Name -ErrorAction SilentlyContinue
        if (-not $svc) { return }
        '{0}{1} [{2}]' -f ('  ' * $Depth), $svc.Name, $svc.Status
        foreach ($dep in $svc.ServicesDependedOn) {
            Show-ServiceTree -Name $dep.Name -Depth ($Depth + 1) -Visited $Visited
        }
    }
}

'MSExchangeTransport', 'MSExchangeFrontEndTransport' | ForEach-Object { Show-ServiceTree -Name $_ }

$exchange = Get-Service -Name 'MSExchange*' -ErrorAction SilentlyContinue
$stopped = $exchange | Where-Object { $_.Status -ne 'Running' -and $_.StartType -eq 'Automatic' }
foreach ($s in $stopped) {
    Write-Warning "$($s.DisplayName) is $($s.Status)"
    try {
        Start-Service -InputObject $s -ErrorAction Stop -WhatIf
    }
    catch [Microsoft.PowerShell.Commands.ServiceCommandException] {
        Write-Warning "Could not start $($s.Name): $($_.Exception.Message)"
    }
}
$exchange | Group-Object Status -NoElement
(Get-Service -Name WinRM).WaitForStatus('Running', [timespan]::FromSeconds(5))
Get-CimInstance Win32_Service -Filter "Name='WinRM'" | Select-Object Name, StartMode, ProcessId, PathName
