<#
.SYNOPSIS
    Sets scheduled out-of-office replies for a team from a CSV (Identity, Start, End, Backup).
#>
[CmdletBinding(SupportsShouldProcess = $true)]
param(
    [Parameter(Mandatory = $true)][string]$CsvPath
)

$template = @'
<p>Hello,</p>
<p>I am out of the office from {0:dddd d MMMM} until {1:dddd d MMMM}.</p>
<p>For urgent matters please contact {2}.</p>
'@

$culture = [System.Globalization.CultureInfo]::GetCultureInfo('en-GB')

foreach ($row in Import-Csv $CsvPath) {
    $start = [datetime]::Parse($row.Start, $culture)
    $end = [datetime]::Parse($row.End, $culture)
    if ($end -le $start) {
        Write-Warning "$($row.Identity): End ($end) is not after Start ($start); skipped."
        continue
    }

    $internal = [string]::Format($culture, $template, $start, $end, $row.Backup)
    $external = $internal -replace 'please contact [^.<]+', 'please contact our service desk'

    if ($PSCmdlet.ShouldProcess($row.Identity, "Auto reply $start - $end")) {
        Set-MailboxAutoReplyConfiguration -Identity $row.Identity -AutoReplyState Scheduled `
            -StartTime $start -EndTime $end -InternalMessage $internal -ExternalMessage $external -ExternalAudience Known
    }
}
