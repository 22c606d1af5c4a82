<#
.SYNOPSIS
    Exchange Online: lists quarantined messages for a recipient and releases the chosen ones.
#>
[CmdletBinding(SupportsShouldProcess = $true)]
param(
    [Parameter(Mandatory = $true)]
    [string]$RecipientAddress,

    [ValidateSet('Spam', 'HighConfSpam', 'Phish', 'Bulk', 'Malware', 'TransportRule')]
    [string[]]$QuarantineTypes = @('Spam', 'Bulk'),

    [int]$Days = 7
)

$items = Get-QuarantineMessage -RecipientAddress $RecipientAddress -QuarantineTypes $QuarantineTypes `
    -StartReceivedDate (Get-Date).AddDays(-$Days) -EndReceivedDate (Get-Date) -PageSize 100

if (-not $items) {
    Write-Host "Nothing quarantined for $RecipientAddress in $Days days." -ForegroundColor Green
    return
}

$items | Select-Object ReceivedTime, SenderAddress, Subject, QuarantineTypes, Expires | Format-Table -AutoSize

$chosen = $items | Where-Object { $_.SenderAddress -like '*@fabrikam.com' -and $_.QuarantineTypes -ne 'HighConfPhish' }
foreach ($q in $chosen) {
    if ($PSCmdlet.ShouldProcess("$($q.Subject) from $($q.SenderAddress)", 'Release to recipient')) {
        Release-QuarantineMessage -Identity $q.Identity -User $RecipientAddress
    }
}
