function Get-MailboxFolderSummary {
    [CmdletBinding()]
    [OutputType('Contoso.FolderSummary')]
    param(
        [Parameter(Mandatory, ValueFromPipelineByPropertyName)]
        [Alias('SamAccountName', 'UserPrincipalName')]
        [string] $Identity,

        [Parameter(ValueFromPipelineByPropertyName)]
        [ValidateRange(0, [int]::MaxValue)]
        [int] $ItemCount = 0,

        [Parameter(ValueFromPipelineByPropertyName)]
        [string[]] $Folders = @('Inbox')
    )

    begin {
        $seen = 0
        $totalItems = 0L
    }

    process {
        $seen++
        $totalItems += $ItemCount
        $summary = [pscustomobject]@{
            PSTypeName  = 'Contoso.FolderSummary'
            Identity    = $Identity
            ItemCount   = $ItemCount
            FolderCount = $Folders.Count
            Busy        = $ItemCount -gt 10000
        }
        $PSCmdlet.WriteObject($summary)
    }

    end {
        $PSCmdlet.WriteVerbose("Processed $seen mailboxes, $totalItems items")
    }
}

$inputs = @(
    [pscustomobject]@{ SamAccountName = 'ann'; ItemCount = 15000; Folders = 'Inbox', 'Archive' }
    [pscustomobject]@{ UserPrincipalName = 'bob@contoso.com'; ItemCount = 120 }
    [pscustomobject]@{ Identity = 'carol' }
)
$inputs | Get-MailboxFolderSummary -Verbose | Format-Table -AutoSize
Import-Csv -Path "$env:TEMP\mailboxes.csv" -ErrorAction SilentlyContinue | Get-MailboxFolderSummary
'dave' | ForEach-Object { [pscustomobject]@{ Identity = $_ } } | Get-MailboxFolderSummary | Where-Object { -not $_.Busy }
