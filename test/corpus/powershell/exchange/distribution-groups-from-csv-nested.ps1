<#
    Creates distribution groups from a CSV (Name, Alias, Owner, Members, ParentGroup), then nests
    them. Members are separated by semicolons.
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    [Parameter(Mandatory)][string]$CsvPath,
    [string]$OrganizationalUnit = 'contoso.com/Groups/Distribution'
)

$rows = Import-Csv -Path $CsvPath

# Pass 1: create the groups.
foreach ($r in $rows) {
    if (Get-DistributionGroup -Identity $r.Alias -ErrorAction SilentlyContinue) { continue }
    if ($PSCmdlet.ShouldProcess($r.Name, 'New-DistributionGroup')) {
        New-DistributionGroup -Name $r.Name -Alias $r.Alias -OrganizationalUnit $OrganizationalUnit `
            -ManagedBy $r.Owner -MemberDepartRestriction Closed -MemberJoinRestriction ApprovalRequired | Out-Null
    }
}

# Pass 2: members and nesting, once every group exists.
foreach ($r in $rows) {
    $members = $r.Members -split ';' | ForEach-Object { $_.Trim() } | Where-Object { $_ }
    foreach ($m in $members) {
        Add-DistributionGroupMember -Identity $r.Alias -Member $m -BypassSecurityGroupManagerCheck -ErrorAction SilentlyContinue
    }
    if ($r.ParentGroup) {
        Add-DistributionGroupMember -Identity $r.ParentGroup -Member $r.Alias -BypassSecurityGroupManagerCheck -ErrorAction SilentlyContinue
    }
}

$rows | ForEach-Object {
    [pscustomobject]@{ Group = $_.Alias; Members = @(Get-DistributionGroupMember -Identity $_.Alias -ResultSize Unlimited).Count }
} | Format-Table -AutoSize
