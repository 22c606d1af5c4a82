param(
    [Parameter(Mandatory)][string[]]$Mailbox,
    [Parameter(Mandatory)][string[]]$TrustedDomain
)

foreach ($m in $Mailbox) {
    $config = Get-MailboxJunkEmailConfiguration -Identity $m
    $missing = $TrustedDomain | Where-Object { $config.TrustedSendersAndDomains -notcontains $_ }

    if (-not $missing) {
        "{0}: already trusts {1}" -f $m, ($TrustedDomain -join ', ')
        continue
    }

    Set-MailboxJunkEmailConfiguration -Identity $m -TrustedSendersAndDomains @{ Add = $missing } -Enabled $true
    "{0}: added {1}" -f $m, ($missing -join ', ')
}
