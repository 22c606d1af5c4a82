<#
.SYNOPSIS
    Exports mailbox sizes, item counts and quota state to CSV.
.NOTES
    TotalItemSize is a ByteQuantifiedSize in the shell; over remoting it arrives as a string
    like "1.234 GB (1,325,000,000 bytes)", so the byte count is parsed from the brackets.
#>
[CmdletBinding()]
param(
    [string]$OutFile = ".\MailboxSizes_$(Get-Date -Format yyyyMMdd).csv",
    [string]$Database
)

function ConvertTo-Bytes {
    param([object]$Size)
    if ($null -eq $Size) { return 0 }
    $text = $Size.ToString()
    if ($text -match '\(([\d,\.]+) bytes\)') {
        return [long]($Matches[1] -replace '[,\.]', '')
    }
    return 0
}

$mailboxParams = @{ ResultSize = 'Unlimited' }
if ($Database) { $mailboxParams.Database = $Database }

$mailboxes = Get-Mailbox @mailboxParams
$i = 0
$rows = foreach ($mbx in $mailboxes) {
    $i++
    Write-Progress -Activity 'Reading mailbox statistics' -Status $mbx.DisplayName -PercentComplete (($i / $mailboxes.Count) * 100)
    $stats = Get-MailboxStatistics -Identity $mbx.Identity -WarningAction SilentlyContinue
    $bytes = ConvertTo-Bytes $stats.TotalItemSize
    [PSCustomObject]@{
        DisplayName   = $mbx.DisplayName
        PrimarySmtp   = $mbx.PrimarySmtpAddress
        Database      = $mbx.Database
        Items         = $stats.ItemCount
        SizeMB        = [math]::Round($bytes / 1MB, 2)
        StorageLimit  = $stats.StorageLimitStatus
        LastLogonTime = $stats.LastLogonTime
    }
}
Write-Progress -Activity 'Reading mailbox statistics' -Completed

$rows | Sort-Object SizeMB -Descending | Export-Csv -Path $OutFile -NoTypeInformation
Write-Host "$($rows.Count) mailboxes written to $OutFile" -ForegroundColor Cyan
