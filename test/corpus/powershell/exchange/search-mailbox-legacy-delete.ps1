<#
.SYNOPSIS
    Exchange 2016 (before Search-Mailbox was retired): logs, then deletes, a message from
    every mailbox. Run the -LogOnly pass first and review the log mailbox.
#>
[CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'High')]
param(
    [Parameter(Mandatory = $true)][string]$Subject,
    [Parameter(Mandatory = $true)][string]$TargetMailbox,
    [switch]$Delete
)

$query = 'Subject:"{0}"' -f $Subject.Replace('"', '')
$mailboxes = Get-Mailbox -ResultSize Unlimited

if (-not $Delete) {
    $mailboxes | Search-Mailbox -SearchQuery $query -TargetMailbox $TargetMailbox -TargetFolder 'SearchLog' -LogOnly -LogLevel Full |
        Where-Object { $_.ResultItemsCount -gt 0 } |
        Select-Object Identity, ResultItemsCount, ResultItemsSize
    return
}

if ($PSCmdlet.ShouldProcess("$(@($mailboxes).Count) mailboxes", "Delete items matching $query")) {
    $mailboxes | Search-Mailbox -SearchQuery $query -DeleteContent -Force |
        Where-Object { $_.ResultItemsCount -gt 0 } |
        Measure-Object -Property ResultItemsCount -Sum |
        ForEach-Object { "Deleted $($_.Sum) items from $($_.Count) mailboxes" }
}
