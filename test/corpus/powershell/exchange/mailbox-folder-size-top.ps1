param(
    [Parameter(Mandatory = $true, ValueFromPipelineByPropertyName = $true)]
    [Alias('PrimarySmtpAddress')]
    [string]$Identity,

    [int]$First = 10
)

process {
    $folders = Get-MailboxFolderStatistics -Identity $Identity -FolderScope All

    $folders |
        Sort-Object { $_.FolderAndSubfolderSize.ToString() -replace '^.*\(|\sbytes\)$|,', '' -as [long] } -Descending |
        Select-Object -First $First |
        Select-Object @{ n = 'Mailbox'; e = { $Identity } }, FolderPath, ItemsInFolder, FolderAndSubfolderSize
}
