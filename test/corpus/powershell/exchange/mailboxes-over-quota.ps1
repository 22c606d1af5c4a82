[CmdletBinding(SupportsShouldProcess = $true)]
param(
    [ValidateRange(1, 100)]
    [int]$PercentUsed = 90,

    [string]$NotifyFrom = 'helpdesk@contoso.com',

    [string]$SmtpServer = 'smtp.contoso.com'
)

$candidates = Get-Mailbox -ResultSize Unlimited -RecipientTypeDetails UserMailbox |
    Where-Object { -not $_.UseDatabaseQuotaDefaults -and $_.ProhibitSendQuota -ne 'Unlimited' }

foreach ($mailbox in $candidates) {
    $stats = Get-MailboxStatistics $mailbox.Identity
    $used = $stats.TotalItemSize.Value.ToBytes()
    $limit = $mailbox.ProhibitSendQuota.Value.ToBytes()
    if ($limit -eq 0) { continue }

    $percent = [int](($used / $limit) * 100)
    if ($percent -lt $PercentUsed) { continue }

    $body = @"
Hello $($mailbox.DisplayName),

Your mailbox is $percent% full ($([math]::Round($used / 1MB)) MB of $([math]::Round($limit / 1MB)) MB).
Please archive or delete old items to keep sending mail.

IT Service Desk
"@

    if ($PSCmdlet.ShouldProcess($mailbox.PrimarySmtpAddress.ToString(), "Send quota warning ($percent%)")) {
        Send-MailMessage -From $NotifyFrom -To $mailbox.PrimarySmtpAddress.ToString() -Subject 'Your mailbox is almost full' -Body $body -SmtpServer $SmtpServer
    }
}
