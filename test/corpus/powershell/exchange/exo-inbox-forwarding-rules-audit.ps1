# Finds inbox rules and mailbox settings that forward mail outside the tenant.
# A classic check after a phishing incident.
param(
    [string[]]$InternalDomains = @((Get-AcceptedDomain).DomainName)
)

function Test-External {
    param([string]$Address)
    if ($Address -notmatch '@(?<domain>[^>\]"\s]+)') { return $false }
    return -not ($InternalDomains -contains $Matches.domain)
}

$findings = New-Object System.Collections.Generic.List[object]
$mailboxes = Get-EXOMailbox -ResultSize Unlimited -Properties ForwardingSmtpAddress, DeliverToMailboxAndForward

foreach ($m in $mailboxes) {
    if ($m.ForwardingSmtpAddress -and (Test-External "$($m.ForwardingSmtpAddress)")) {
        $findings.Add([pscustomobject]@{ Mailbox = $m.UserPrincipalName; Kind = 'MailboxForward'; Target = "$($m.ForwardingSmtpAddress)"; Rule = '' })
    }

    $rules = Get-InboxRule -Mailbox $m.UserPrincipalName -ErrorAction SilentlyContinue
    foreach ($r in $rules | Where-Object Enabled) {
        $targets = @($r.ForwardTo) + @($r.ForwardAsAttachmentTo) + @($r.RedirectTo) | Where-Object { $_ }
        foreach ($t in $targets) {
            if (Test-External "$t") {
                $findings.Add([pscustomobject]@{ Mailbox = $m.UserPrincipalName; Kind = 'InboxRule'; Target = "$t"; Rule = $r.Name })
            }
        }
    }
}

if ($findings.Count) {
    Write-Host "$($findings.Count) external forwards found" -ForegroundColor Red
    $findings | Format-Table -AutoSize
}
else {
    Write-Host 'No external forwarding found.' -ForegroundColor Green
}
