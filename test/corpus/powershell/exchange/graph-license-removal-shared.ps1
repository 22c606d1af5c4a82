#requires -Modules Microsoft.Graph.Users, Microsoft.Graph.Identity.DirectoryManagement
<#
    After converting mailboxes to shared (under 50 GB, no archive), removes their Exchange
    licences with Microsoft Graph PowerShell.
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    [string[]]$SkuPartNumber = @('EXCHANGESTANDARD', 'O365_BUSINESS_ESSENTIALS')
)

Connect-MgGraph -Scopes 'User.ReadWrite.All', 'Organization.Read.All' -NoWelcome

$skus = Get-MgSubscribedSku | Where-Object { $SkuPartNumber -contains $_.SkuPartNumber }
$skuIds = @($skus.SkuId)

$shared = Get-EXOMailbox -RecipientTypeDetails SharedMailbox -ResultSize Unlimited -Properties ArchiveStatus
foreach ($m in $shared | Where-Object { $_.ArchiveStatus -ne 'Active' }) {
    $user = Get-MgUser -UserId $m.ExternalDirectoryObjectId -Property AssignedLicenses, UserPrincipalName
    $toRemove = @($user.AssignedLicenses | Where-Object { $skuIds -contains $_.SkuId } | ForEach-Object { $_.SkuId })
    if (-not $toRemove) { continue }

    if ($PSCmdlet.ShouldProcess($user.UserPrincipalName, "Remove $($toRemove.Count) licence(s)")) {
        Set-MgUserLicense -UserId $user.Id -AddLicenses @() -RemoveLicenses $toRemove | Out-Null
    }
}
Disconnect-MgGraph | Out-Null
