[CmdletBinding()]
param(
    [ValidateRange(1, 100)]
    [int]$SampleSize = 20
)

# Spot check: a random sample of mailboxes, each tested for a working folder statistics call and
# a last logon in the past month.
$all = Get-Mailbox -ResultSize Unlimited -RecipientTypeDetails UserMailbox
$sample = $all | Get-Random -Count ([math]::Min($SampleSize, @($all).Count))

$results = foreach ($m in $sample) {
    $ok = $true
    $note = ''
    try {
        $inbox = Get-MailboxFolderStatistics -Identity $m.Identity -FolderScope Inbox -ErrorAction Stop | Select-Object -First 1
        $stats = Get-MailboxStatistics -Identity $m.Identity -ErrorAction Stop
        if ($stats.LastLogonTime -lt (Get-Date).AddMonths(-1)) { $note = 'no logon this month' }
    }
    catch {
        $ok = $false
        $note = $_.Exception.Message
    }
    [pscustomobject]@{ Mailbox = $m.PrimarySmtpAddress; Ok = $ok; InboxItems = $inbox.ItemsInFolder; Note = $note }
}

$results | Sort-Object Ok, Mailbox | Format-Table -AutoSize
'{0} of {1} sampled mailboxes answered' -f @($results | Where-Object Ok).Count, @($results).Count
