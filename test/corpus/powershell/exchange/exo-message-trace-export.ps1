<#
.SYNOPSIS
    Exports Exchange Online message trace results page by page (Get-MessageTrace returns at most
    5000 rows per page and only covers the last 10 days).
#>
[CmdletBinding()]
param(
    [ValidateRange(1, 10)]
    [int]$Days = 2,
    [string]$SenderAddress,
    [string]$RecipientAddress,
    [string]$OutFile = ".\MessageTrace_$(Get-Date -Format yyyyMMdd_HHmm).csv"
)

$query = @{
    StartDate = (Get-Date).AddDays(-$Days)
    EndDate   = Get-Date
    PageSize  = 5000
}
if ($SenderAddress) { $query.SenderAddress = $SenderAddress }
if ($RecipientAddress) { $query.RecipientAddress = $RecipientAddress }

$page = 1
$all = @()
do {
    Write-Verbose "Fetching page $page"
    $batch = @(Get-MessageTrace @query -Page $page)
    $all += $batch
    $page++
} until ($batch.Count -lt $query.PageSize -or $page -gt 1000)

$all |
    Select-Object Received, SenderAddress, RecipientAddress, Subject, Status, Size, MessageTraceId |
    Export-Csv -Path $OutFile -NoTypeInformation

Write-Host "$($all.Count) trace rows written to $OutFile" -ForegroundColor Green
$all | Group-Object Status | Sort-Object Count -Descending | Format-Table Name, Count -AutoSize
