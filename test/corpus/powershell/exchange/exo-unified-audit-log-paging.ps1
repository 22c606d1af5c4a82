<#
.SYNOPSIS
    Pulls unified audit log records for mailbox rule changes with SessionId paging
    (ReturnLargeSet), which is needed beyond 5000 records.
#>
param(
    [datetime]$Start = (Get-Date).AddDays(-7),
    [datetime]$End = (Get-Date),
    [string[]]$Operations = @('New-InboxRule', 'Set-InboxRule', 'UpdateInboxRules'),
    [string]$OutFile = '.\InboxRuleAudit.csv'
)

$sessionId = [guid]::NewGuid().ToString()
$all = New-Object System.Collections.Generic.List[object]

do {
    $page = Search-UnifiedAuditLog -StartDate $Start -EndDate $End -Operations $Operations `
        -SessionId $sessionId -SessionCommand ReturnLargeSet -ResultSize 5000
    if ($page) { $all.AddRange([object[]]$page) }
    Write-Verbose "Fetched $($all.Count) records so far"
} while ($page -and $page.Count -eq 5000)

$rows = foreach ($record in $all) {
    $data = $record.AuditData | ConvertFrom-Json
    [pscustomobject]@{
        When       = $record.CreationDate
        User       = $record.UserIds
        Operation  = $record.Operations
        ClientIP   = $data.ClientIP
        Parameters = ($data.Parameters | ForEach-Object { "$($_.Name)=$($_.Value)" }) -join '; '
    }
}

$rows | Sort-Object When | Export-Csv -Path $OutFile -NoTypeInformation -Encoding UTF8
Write-Host "$($rows.Count) records written to $OutFile" -ForegroundColor Green
