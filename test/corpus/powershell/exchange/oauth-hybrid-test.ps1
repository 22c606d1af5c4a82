<#
    Tests OAuth from on-premises to Exchange Online and back for one mailbox, and prints the
    pieces of configuration the result depends on.
#>
param(
    [Parameter(Mandatory)][string]$OnPremMailbox,
    [string]$ExoEwsUrl = 'https://outlook.office365.com/ews/exchange.asmx'
)

Write-Host 'IntraOrganizationConnector' -ForegroundColor Cyan
Get-IntraOrganizationConnector | Format-List Name, Enabled, TargetAddressDomains, DiscoveryEndpoint

Write-Host 'Partner application and auth server' -ForegroundColor Cyan
Get-PartnerApplication | Where-Object { $_.ApplicationIdentifier -eq '00000002-0000-0ff1-ce00-000000000000' } | Format-List Name, Enabled, LinkedAccount
Get-AuthServer | Format-Table Name, Enabled, IssuerIdentifier, AuthMetadataUrl -AutoSize

$result = Test-OAuthConnectivity -Service EWS -TargetUri $ExoEwsUrl -Mailbox $OnPremMailbox -Verbose:$false
if ("$($result.ResultType)" -eq 'Success') {
    Write-Host "OAuth to Exchange Online works for $OnPremMailbox" -ForegroundColor Green
}
else {
    Write-Host "OAuth test failed: $($result.ResultType)" -ForegroundColor Red
    $result.Detail.FullId
    $result.Detail.Message
}
