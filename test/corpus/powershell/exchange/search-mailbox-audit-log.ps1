<#
.SYNOPSIS
    Who deleted items from a mailbox? Searches the mailbox audit log for delete operations.
#>
param(
    [Parameter(Mandatory)]
    [string]$Mailbox,

    [datetime]$StartDate = (Get-Date).AddDays(-14),
    [datetime]$EndDate = (Get-Date)
)

$operations = 'SoftDelete', 'HardDelete', 'MoveToDeletedItems'

$entries = Search-MailboxAuditLog -Identity $Mailbox -LogonTypes Owner, Delegate, Admin -ShowDetails `
    -StartDate $StartDate -EndDate $EndDate -ResultSize 5000 |
    Where-Object { $operations -contains $_.Operation }

if (-not $entries) {
    Write-Host "No delete operations in the audit log of $Mailbox between $StartDate and $EndDate." -ForegroundColor Yellow
    return
}

$entries |
    Sort-Object LastAccessed |
    Select-Object LastAccessed, Operation, LogonType, LogonUserDisplayName, ClientIPAddress, ClientInfoString,
        @{ Name = 'Folder'; Expression = { $_.FolderPathName } },
        @{ Name = 'Subjects'; Expression = { ($_.SourceItemSubjectsList -join ' | ') } } |
    Format-List

$entries | Group-Object LogonUserDisplayName, Operation -NoElement | Sort-Object Count -Descending | Format-Table Count, Name
