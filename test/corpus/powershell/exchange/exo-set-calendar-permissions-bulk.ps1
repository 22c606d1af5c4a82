[CmdletBinding(SupportsShouldProcess = $true)]
param(
    [Parameter(Mandatory = $true)]
    [string]$CsvPath,

    [ValidateSet('AvailabilityOnly', 'LimitedDetails', 'Reviewer', 'Editor', 'Author')]
    [string]$AccessRights = 'Reviewer'
)

# CSV columns: Mailbox, User
$pairs = Import-Csv -Path $CsvPath

foreach ($pair in $pairs) {
    # The calendar folder name depends on the mailbox language, so look it up.
    $calendar = Get-EXOMailboxFolderStatistics -Identity $pair.Mailbox -FolderScope Calendar |
        Where-Object { $_.FolderType -eq 'Calendar' } | Select-Object -First 1
    if (-not $calendar) {
        Write-Warning "No calendar folder found for $($pair.Mailbox)"
        continue
    }
    $folderId = '{0}:\{1}' -f $pair.Mailbox, $calendar.Name

    $current = Get-MailboxFolderPermission -Identity $folderId -User $pair.User -ErrorAction SilentlyContinue
    if ($PSCmdlet.ShouldProcess("$folderId for $($pair.User)", "Grant $AccessRights")) {
        if ($current) {
            Set-MailboxFolderPermission -Identity $folderId -User $pair.User -AccessRights $AccessRights
        }
        else {
            Add-MailboxFolderPermission -Identity $folderId -User $pair.User -AccessRights $AccessRights | Out-Null
        }
    }
}
