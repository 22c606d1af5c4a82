[CmdletBinding()]
param(
    [Parameter(Mandatory, ValueFromPipelineByPropertyName)]
    [Alias('Name')]
    [string[]]$Identity
)

process {
    foreach ($id in $Identity) {
        $group = Get-DynamicDistributionGroup -Identity $id
        $members = Get-Recipient -RecipientPreviewFilter $group.RecipientFilter -OrganizationalUnit $group.RecipientContainer -ResultSize Unlimited

        [pscustomobject]@{
            Group       = $group.DisplayName
            Filter      = $group.RecipientFilter
            Container   = $group.RecipientContainer
            MemberCount = @($members).Count
            Types       = ($members | Group-Object RecipientTypeDetails | ForEach-Object { "$($_.Name)=$($_.Count)" }) -join ', '
        }
    }
}
