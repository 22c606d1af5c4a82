# Calculated properties with abbreviated keys, widths, alignment and format strings.
$dbs = Get-MailboxDatabase -Status

$dbs | Format-Table -Property @(
    @{ L = 'Database'; E = { $_.Name }; Width = 20 }
    @{ Label = 'Server'; Expression = { $_.Server.Name }; Width = 10 }
    @{ N = 'Size GB'; E = { $_.DatabaseSize.ToBytes() / 1GB }; FormatString = 'N1'; Alignment = 'Right' }
    @{ Name = 'Free GB'; Expression = { $_.AvailableNewMailboxSpace.ToBytes() / 1GB }; FormatString = '{0:N1}'; Align = 'Right' }
    @{ Label = 'Mounted'; Expression = { if ($_.Mounted) { 'yes' } else { 'NO' } } }
)

$dbs | Sort-Object -Property @{ Expression = { $_.DatabaseSize.ToBytes() }; Descending = $true }, Name |
    Format-Table Name, DatabaseSize -GroupBy @{ Label = 'Server'; Expression = { $_.Server.Name } } -AutoSize

$dbs | ForEach-Object { $_.DatabaseSize.ToBytes() } | Measure-Object -Sum -Average -Maximum -Minimum |
    Select-Object Count, @{ n = 'TotalGB'; e = { [math]::Round($_.Sum / 1GB) } }, @{ n = 'AvgGB'; e = { [math]::Round($_.Average / 1GB, 1) } }
