<#
    Exports mail received in a date range to PST files on a share, one request per mailbox,
    for a legal request. The share must grant Exchange Trusted Subsystem read/write.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)][string[]]$Mailbox,
    [Parameter(Mandatory)][ValidatePattern('^\\\\')][string]$Share,
    [datetime]$From = '2023-01-01',
    [datetime]$To = '2023-12-31'
)

# ContentFilter dates are written in US format inside the OPATH string.
$us = [System.Globalization.CultureInfo]::GetCultureInfo('en-US')
$filter = "(Received -ge '{0}') -and (Received -le '{1}')" -f $From.ToString('MM/dd/yyyy', $us), $To.ToString('MM/dd/yyyy', $us)
Write-Verbose "ContentFilter: $filter"

foreach ($m in $Mailbox) {
    $alias = (Get-Mailbox -Identity $m).Alias
    $pst = Join-Path $Share "$alias-$($From.Year).pst"
    New-MailboxExportRequest -Mailbox $m -FilePath $pst -ContentFilter $filter -Name "Legal-$alias" -BadItemLimit 50 -AcceptLargeDataLoss |
        Select-Object Name, Mailbox, FilePath, Status
}

Get-MailboxExportRequest | Where-Object Name -like 'Legal-*' | Get-MailboxExportRequestStatistics |
    Format-Table Name, Status, PercentComplete, EstimatedTransferSize -AutoSize
