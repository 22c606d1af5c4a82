<#
.SYNOPSIS
    Applies per-user mailbox quotas from a CSV file.
.DESCRIPTION
    The CSV needs the columns Identity, IssueWarningGB, ProhibitSendGB and ProhibitSendReceiveGB.
    Rows with an empty Identity are skipped and reported.
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    [Parameter(Mandatory)]
    [ValidateScript({ Test-Path -Path $_ -PathType Leaf })]
    [string]$Path
)

$rows = Import-Csv -Path $Path
$line = 1
$failed = @()

foreach ($row in $rows) {
    $line++
    if ([string]::IsNullOrWhiteSpace($row.Identity)) {
        Write-Warning "Line ${line}: empty Identity, skipped"
        continue
    }

    $quota = @{
        Identity                  = $row.Identity
        UseDatabaseQuotaDefaults  = $false
        IssueWarningQuota         = "$($row.IssueWarningGB)GB"
        ProhibitSendQuota         = "$($row.ProhibitSendGB)GB"
        ProhibitSendReceiveQuota  = "$($row.ProhibitSendReceiveGB)GB"
        ErrorAction               = 'Stop'
    }

    if ($PSCmdlet.ShouldProcess($row.Identity, 'Set mailbox quotas')) {
        try {
            Set-Mailbox @quota
        }
        catch {
            $failed += [PSCustomObject]@{ Line = $line; Identity = $row.Identity; Error = $_.Exception.Message }
        }
    }
}

if ($failed) {
    $failed | Format-Table -AutoSize
    Write-Host "$($failed.Count) rows failed." -ForegroundColor Red
}
