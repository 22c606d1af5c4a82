# On-premises Send As rights live on the AD object, so they are read with Get-ADPermission.
param(
    [string]$OrganizationalUnit
)

$mbxParams = @{ ResultSize = 'Unlimited'; RecipientTypeDetails = 'SharedMailbox', 'UserMailbox' }
if ($OrganizationalUnit) { $mbxParams.OrganizationalUnit = $OrganizationalUnit }

Get-Mailbox @mbxParams | ForEach-Object {
    $mailbox = $_
    Get-ADPermission -Identity $mailbox.DistinguishedName |
        Where-Object {
            $_.ExtendedRights -like '*Send-As*' -and
            -not $_.IsInherited -and
            $_.User -notlike 'NT AUTHORITY\SELF' -and
            $_.User -notlike 'S-1-5-*'
        } |
        Select-Object @{ n = 'Mailbox'; e = { $mailbox.PrimarySmtpAddress } }, User, Deny
} | Sort-Object Mailbox | Format-Table -AutoSize
