[CmdletBinding()]
param(
    [string]$TenantRoutingDomain = 'contoso.mail.onmicrosoft.com'
)

# Remote mailboxes whose RemoteRoutingAddress does not point at the tenant routing domain
# never get mail from on-premises senders.
$pattern = [regex]::Escape("@$TenantRoutingDomain") + '$'
$bad = Get-RemoteMailbox -ResultSize Unlimited | Where-Object {
    "$($_.RemoteRoutingAddress)" -notmatch $pattern
}

foreach ($rm in $bad) {
    $hasProxy = $rm.EmailAddresses | Where-Object { $_ -match $pattern }
    $suggestion = if ($hasProxy) { ($hasProxy | Select-Object -First 1) -replace '^smtp:', '' } else { '(add a proxy first)' }
    [pscustomobject]@{
        Name                 = $rm.Name
        RemoteRoutingAddress = $rm.RemoteRoutingAddress
        Suggested            = $suggestion
    }
}
