# Reads the anti-spam agent configuration and prints a one-screen summary.
$summary = [ordered]@{
    'Sender filter'        = (Get-SenderFilterConfig).Enabled
    'Blocked senders'      = @((Get-SenderFilterConfig).BlockedSenders).Count
    'Blocked domains'      = @((Get-SenderFilterConfig).BlockedDomains).Count
    'Sender ID'            = (Get-SenderIdConfig).Enabled
    'Sender ID spoof action' = (Get-SenderIdConfig).SpoofedDomainAction
    'Sender reputation'    = (Get-SenderReputationConfig).Enabled
    'SRL block threshold'  = (Get-SenderReputationConfig).SrlBlockThreshold
    'IP block list entries' = @(Get-IPBlockListEntry).Count
    'IP allow list entries' = @(Get-IPAllowListEntry).Count
    'Block list providers' = (@(Get-IPBlockListProvider | ForEach-Object { $_.LookupDomain }) -join ', ')
}

$width = ($summary.Keys | Measure-Object -Property Length -Maximum).Maximum
foreach ($k in $summary.Keys) {
    Write-Host ($k.PadRight($width) + ' : ') -NoNewline
    Write-Host "$($summary[$k])" -ForegroundColor Cyan
}
