param(
    [string] $LogName = 'Application',
    [string] $Source = 'ContosoMessaging'
)

if (-not [System.Diagnostics.EventLog]::SourceExists($Source)) {
    New-EventLog -LogName $LogName -Source $Source
}

function Write-MessagingEvent {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)] [string] $Message,
        [ValidateSet('Information', 'Warning', 'Error')]
        [System.Diagnostics.EventLogEntryType] $EntryType = 'Information',
        [ValidateRange(1, 65535)]
        [int] $EventId = 1000
    )
    Write-EventLog -LogName $LogName -Source $Source -EntryType $EntryType -EventId $EventId -Message $Message -Category 0
}

Write-MessagingEvent -Message 'Queue report started'
Write-MessagingEvent -Message 'Queue fabrikam.com above threshold' -EntryType Warning -EventId 2001
[System.Diagnostics.EventLog]::WriteEntry($Source, 'Written through the .NET API', [System.Diagnostics.EventLogEntryType]::Information, 1001)

Get-EventLog -LogName $LogName -Source $Source -Newest 5 |
    Select-Object TimeGenerated, EntryType, EventID, @{ n = 'Message'; e = { $_.Message.Split("`n")[0] } } |
    Format-Table -AutoSize

$since = (Get-Date).AddMinutes(-5)
$recent = Get-EventLog -LogName $LogName -Source $Source -After $since -EntryType Warning, Error -ErrorAction SilentlyContinue
"Warnings and errors in the last five minutes: $(@($recent).Count)"
Limit-EventLog -LogName $LogName -MaximumSize 64MB -OverflowAction OverwriteAsNeeded -WhatIf
