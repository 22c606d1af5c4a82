# Commands pasted from a blog post: the editor turned dashes into en dashes and quotes into
# typographic quotes. Windows PowerShell accepts both (the file is saved as UTF-8 with BOM).
$database = “DB01”

Get-Mailbox –Database $database –ResultSize Unlimited |
    Set-Mailbox –IssueWarningQuota 9GB –ProhibitSendQuota 9.5GB –ProhibitSendReceiveQuota 10GB –UseDatabaseQuotaDefaults $false

Get-MailboxDatabase –Identity $database | Set-MailboxDatabase –IssueWarningQuota 9GB

Write-Host ‘Quotas applied to every mailbox on ’ –NoNewline
Write-Host $database –ForegroundColor Green

Get-Mailbox –Database $database | Select-Object Name, IssueWarningQuota, ProhibitSendQuota | Format-Table –AutoSize

# Check the result against the database defaults.
$defaults = Get-MailboxDatabase –Identity $database
“Database defaults: warning {0}, send {1}” –f $defaults.IssueWarningQuota, $defaults.ProhibitSendQuota
