[CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'High')]
param(
    [Parameter(Mandatory = $true)]
    [string]$InputFile,

    [ValidateRange(0, 3650)]
    [int]$DurationDays = 0,

    [string]$Comment = 'Legal case hold'
)

begin {
    $log = [System.Collections.Generic.List[string]]::new()
    $ids = Get-Content -Path $InputFile | Where-Object { $_ -and $_ -notmatch '^\s*#' }
}

process {
    foreach ($id in $ids) {
        $settings = @{
            Identity               = $id.Trim()
            LitigationHoldEnabled  = $true
            RetentionComment       = $Comment
        }
        if ($DurationDays -gt 0) {
            $settings.LitigationHoldDuration = $DurationDays
        }

        if ($PSCmdlet.ShouldProcess($id, 'Enable litigation hold')) {
            try {
                Set-Mailbox @settings -ErrorAction Stop
                $log.Add("OK    $id")
            }
            catch {
                $log.Add("FAIL  $id  $($_.Exception.Message)")
            }
        }
    }
}

end {
    $log | Out-File -FilePath ([IO.Path]::ChangeExtension($InputFile, '.log')) -Encoding utf8
    $log | Where-Object { $_ -like 'FAIL*' } | ForEach-Object { Write-Host $_ -ForegroundColor Red }
}
