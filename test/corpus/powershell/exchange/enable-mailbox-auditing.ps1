# Turns on mailbox auditing with a wider set of owner actions than the default.
$ownerActions = 'MailboxLogin', 'HardDelete', 'SoftDelete', 'MoveToDeletedItems', 'Move', 'Update', 'UpdateFolderPermissions', 'UpdateInboxRules'
$delegateActions = 'HardDelete', 'SoftDelete', 'MoveToDeletedItems', 'SendAs', 'SendOnBehalf', 'Create', 'UpdateFolderPermissions'
$adminActions = 'Copy', 'Create', 'FolderBind', 'HardDelete', 'MessageBind', 'Move', 'MoveToDeletedItems', 'SendAs', 'SendOnBehalf', 'SoftDelete', 'Update'

$targets = Get-Mailbox -ResultSize Unlimited -Filter 'AuditEnabled -eq $false'
$n = 0
foreach ($t in $targets) {
    $n++
    Write-Progress -Activity 'Enabling mailbox audit' -Status $t.Alias -PercentComplete ($n / [math]::Max(1, @($targets).Count) * 100)
    Set-Mailbox -Identity $t.Identity -AuditEnabled $true -AuditLogAgeLimit 180 `
        -AuditOwner $ownerActions -AuditDelegate $delegateActions -AuditAdmin $adminActions
}
Write-Progress -Activity 'Enabling mailbox audit' -Completed
"Auditing enabled on $n mailboxes"
