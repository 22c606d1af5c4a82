#requires -Modules ActiveDirectory
[CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'High')]
param(
    [int] $InactiveDays = 90,
    [string] $SearchBase = 'OU=Users,OU=Contoso,DC=contoso,DC=local',
    [string] $DisabledOU = 'OU=Disabled,OU=Contoso,DC=contoso,DC=local'
)

$cutoff = (Get-Date).AddDays(-$InactiveDays)
$filter = { Enabled -eq $true -and LastLogonTimestamp -lt $cutoff }
$users = Get-ADUser -Filter $filter -SearchBase $SearchBase -Properties LastLogonTimestamp, mail, Manager, whenCreated

$stale = $users | Where-Object { $_.whenCreated -lt $cutoff } | Select-Object SamAccountName, mail,
    @{ n = 'LastLogon'; e = { [datetime]::FromFileTime($_.LastLogonTimestamp) } },
    @{ n = 'Manager'; e = { if ($_.Manager) { (Get-ADUser -Identity $_.Manager).Name } } },
    DistinguishedName

"Found $(@($stale).Count) accounts inactive since $($cutoff.ToShortDateString())"

foreach ($user in $stale) {
    if ($PSCmdlet.ShouldProcess($user.SamAccountName, "Disable and move to $DisabledOU")) {
        Disable-ADAccount -Identity $user.DistinguishedName
        Set-ADUser -Identity $user.DistinguishedName -Description "Disabled $(Get-Date -Format d) after $InactiveDays days idle"
        Move-ADObject -Identity $user.DistinguishedName -TargetPath $DisabledOU
    }
}

$ldap = '(&(objectCategory=person)(objectClass=user)(userAccountControl:1.2.840.113556.1.4.803:=2))'
$disabledCount = (Get-ADUser -LDAPFilter $ldap -SearchBase $SearchBase | Measure-Object).Count
"Disabled accounts in scope: $disabledCount"

$searcher = [adsisearcher]'(objectClass=msExchExchangeServer)'
$searcher.SearchRoot = [adsi]"LDAP://CN=Configuration,$(([adsi]'LDAP://RootDSE').defaultNamingContext -replace '^', '')"
$searcher.PropertiesToLoad.AddRange(@('name', 'serialNumber'))
$stale | Export-Csv -Path "$env:TEMP\stale-users.csv" -NoTypeInformation
