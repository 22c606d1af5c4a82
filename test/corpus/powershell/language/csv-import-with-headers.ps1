$raw = @'
alias;display;quota
ann;Ann Lee;50
bob;Bob Stone;
carol;Carol Diaz;100
'@

$rows = $raw | ConvertFrom-Csv -Delimiter ';'
$rows | Where-Object { -not $_.quota } | ForEach-Object { "No quota for $($_.alias)" }

$noHeader = "ex01,Mailbox,15.2`nex02,Edge,15.2" | ConvertFrom-Csv -Header 'Name', 'Role', 'Version'
$noHeader | Format-Table

$csvFile = Join-Path $env:TEMP 'mailbox-import.csv'
$rows | Select-Object alias, display, @{ n = 'quotaGB'; e = { if ($_.quota) { [int]$_.quota } else { 50 } } } |
    Export-Csv -Path $csvFile -NoTypeInformation -Encoding UTF8

$imported = Import-Csv -Path $csvFile
foreach ($r in $imported) {
    $params = @{
        Identity            = $r.alias
        ProhibitSendQuota   = "$($r.quotaGB)GB"
        IssueWarningQuota   = "$([int]$r.quotaGB - 5)GB"
        UseDatabaseQuotaDefaults = $false
    }
    Write-Verbose ("Set-Mailbox " + (($params.GetEnumerator() | ForEach-Object { "-$($_.Key) $($_.Value)" }) -join ' ')) -Verbose
}

$imported | ConvertTo-Csv -NoTypeInformation | Select-Object -Skip 1
Import-Csv -Path $csvFile -Header A, B, C | Select-Object -Skip 1 -First 1
$stringData = ConvertFrom-StringData -StringData "Server = ex01`nPort = 25"
$stringData.Port
Get-Content -Path $csvFile -TotalCount 1
Remove-Item -Path $csvFile
