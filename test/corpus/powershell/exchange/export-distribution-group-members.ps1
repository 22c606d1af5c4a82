param(
    [string]$Filter = '*',
    [string]$ExportPath = "$env:TEMP\GroupMembers.csv"
)

$groups = Get-DistributionGroup -ResultSize Unlimited -Identity $Filter
$output = [System.Collections.ArrayList]::new()

foreach ($group in $groups) {
    $members = Get-DistributionGroupMember -Identity $group.Identity -ResultSize Unlimited
    if (-not $members) {
        [void]$output.Add([PSCustomObject]@{ Group = $group.DisplayName; Member = '(empty)'; Type = ''; Smtp = '' })
        continue
    }
    foreach ($m in $members) {
        [void]$output.Add([PSCustomObject]@{
            Group  = $group.DisplayName
            Member = $m.DisplayName
            Type   = $m.RecipientType
            Smtp   = $m.PrimarySmtpAddress
        })
    }
}

$output | Export-Csv -Path $ExportPath -NoTypeInformation -Encoding UTF8
Write-Output "Exported $($output.Count) rows for $(@($groups).Count) groups to $ExportPath"
