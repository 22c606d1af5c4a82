# Messages for a user-facing mailbox cleanup notice, kept in a data section so they can be
# replaced by a localized .psd1 through Import-LocalizedData.
$messages = data {
    ConvertFrom-StringData -StringData @'
    Greeting = Dear {0},
    Body = Your mailbox has {1} items older than {2} days in Deleted Items. They will be removed on {3:d}.
    Closing = Kind regards, the messaging team
'@
}

Import-LocalizedData -BindingVariable messages -FileName 'CleanupNotice.psd1' -ErrorAction SilentlyContinue

$days = 60
$removalDate = (Get-Date).AddDays(7)

Get-Mailbox -ResultSize 100 | ForEach-Object {
    $folder = Get-MailboxFolderStatistics -Identity $_.Identity -FolderScope DeletedItems | Select-Object -First 1
    if ($folder.ItemsInFolder -eq 0) { return }

    $text = @(
        $messages.Greeting -f $_.DisplayName
        ''
        $messages.Body -f $_.DisplayName, $folder.ItemsInFolder, $days, $removalDate
        ''
        $messages.Closing
    ) -join [Environment]::NewLine

    Write-Verbose $text
    [pscustomobject]@{ Mailbox = $_.PrimarySmtpAddress; Notice = $text }
}
