[CmdletBinding(SupportsShouldProcess = $true)]
param(
    [Parameter(Mandatory = $true)]
    [string]$OrganizationalUnit,

    [string]$Database,

    [switch]$Remote,

    [string]$RemoteRoutingDomain = 'contoso.mail.onmicrosoft.com'
)

# AD users in the OU without any Exchange recipient get a mailbox (or a remote mailbox in hybrid).
$users = Get-User -OrganizationalUnit $OrganizationalUnit -RecipientTypeDetails User -ResultSize Unlimited

foreach ($u in $users) {
    $action = if ($Remote) { "Enable-RemoteMailbox ($RemoteRoutingDomain)" } else { 'Enable-Mailbox' }
    if (-not $PSCmdlet.ShouldProcess($u.UserPrincipalName, $action)) { continue }

    if ($Remote) {
        $alias = $u.SamAccountName
        Enable-RemoteMailbox -Identity $u.Identity -RemoteRoutingAddress "$alias@$RemoteRoutingDomain" | Out-Null
    }
    elseif ($Database) {
        Enable-Mailbox -Identity $u.Identity -Database $Database | Out-Null
    }
    else {
        Enable-Mailbox -Identity $u.Identity | Out-Null
    }
    Write-Host "$action done for $($u.UserPrincipalName)" -ForegroundColor Green
}
