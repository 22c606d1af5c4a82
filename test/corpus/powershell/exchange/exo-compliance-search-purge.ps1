<#
.SYNOPSIS
    Finds a phishing message in all mailboxes with a compliance search and soft-deletes it.
.NOTES
    Needs Connect-IPPSSession (Security & Compliance PowerShell) and the Search And Purge role.
#>
[CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'High')]
param(
    [Parameter(Mandatory)][string]$Subject,
    [Parameter(Mandatory)][string]$Sender,
    [datetime]$Since = (Get-Date).AddDays(-3)
)

$name = 'Phish-{0:yyyyMMdd-HHmm}' -f (Get-Date)
$query = "(Subject:`"$Subject`") AND (From:$Sender) AND (Received>=$($Since.ToString('yyyy-MM-dd')))"
Write-Host "Query: $query" -ForegroundColor Cyan

New-ComplianceSearch -Name $name -ExchangeLocation All -ContentMatchQuery $query | Out-Null
Start-ComplianceSearch -Identity $name

do {
    Start-Sleep -Seconds 15
    $search = Get-ComplianceSearch -Identity $name
    Write-Host "  $($search.Status): $($search.Items) items so far"
} while ($search.Status -ne 'Completed')

if ($search.Items -eq 0) {
    Write-Host 'No items found.' -ForegroundColor Yellow
    return
}

if ($PSCmdlet.ShouldProcess("$($search.Items) items", 'SoftDelete purge')) {
    New-ComplianceSearchAction -SearchName $name -Purge -PurgeType SoftDelete -Confirm:$false | Format-List Name, Status
}
