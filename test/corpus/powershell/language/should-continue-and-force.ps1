function Clear-ProtocolLogs {
    [CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'High')]
    param(
        [Parameter(Mandatory)]
        [string] $Path,

        [ValidateRange(1, 365)]
        [int] $KeepDays = 30,

        [switch] $Force
    )

    begin {
        if ($Force -and -not $PSBoundParameters.ContainsKey('Confirm')) {
            $ConfirmPreference = 'None'
        }
        $yesToAll = $false
        $noToAll = $false
        $cutoff = (Get-Date).AddDays(-$KeepDays)
    }

    process {
        $old = Get-ChildItem -Path $Path -Filter *.log -File -Recurse -ErrorAction SilentlyContinue |
            Where-Object LastWriteTime -LT $cutoff
        $sizeMB = [math]::Round(($old | Measure-Object Length -Sum).Sum / 1MB, 1)

        if (-not $PSCmdlet.ShouldProcess("$($old.Count) files ($sizeMB MB) in $Path", 'Delete')) { return }
        if (-not ($Force -or $PSCmdlet.ShouldContinue("Delete $($old.Count) files older than $KeepDays days?", 'Confirm deletion', [ref] $yesToAll, [ref] $noToAll))) {
            return
        }
        $old | Remove-Item -Force -WhatIf:$WhatIfPreference -Confirm:$false
        "Removed $($old.Count) files"
    }
}

Clear-ProtocolLogs -Path "$env:TEMP\logs" -KeepDays 7 -WhatIf
Clear-ProtocolLogs -Path "$env:TEMP\logs" -KeepDays 7 -Force -Confirm:$false
