param(
    [string] $SqlServer = 'sql01.contoso.local',
    [string] $Database = 'MessagingReports',
    [int] $Days = 7
)

$connectionString = "Server=$SqlServer;Database=$Database;Integrated Security=True;Connect Timeout=10"
$connection = New-Object System.Data.SqlClient.SqlConnection $connectionString
$command = $connection.CreateCommand()
$command.CommandText = @'
SELECT TOP (20) SenderDomain, COUNT(*) AS Messages, SUM(SizeBytes) AS Bytes
FROM dbo.Tracking
WHERE Received >= @since
GROUP BY SenderDomain
ORDER BY Messages DESC;
'@
[void] $command.Parameters.Add('@since', [System.Data.SqlDbType]::DateTime2)
$command.Parameters['@since'].Value = (Get-Date).AddDays(-$Days)

$table = New-Object System.Data.DataTable
try {
    $connection.Open()
    $adapter = New-Object System.Data.SqlClient.SqlDataAdapter $command
    [void] $adapter.Fill($table)
}
catch [System.Data.SqlClient.SqlException] {
    Write-Warning "SQL error $($_.Exception.Number): $($_.Exception.Message)"
}
finally {
    $connection.Dispose()
}

$table.Rows | ForEach-Object {
    '{0,-30} {1,8:N0} {2,10:N1} MB' -f $_.SenderDomain, $_.Messages, ($_.Bytes / 1MB)
}
$table | Select-Object SenderDomain, Messages | Export-Csv "$env:TEMP\senders.csv" -NoTypeInformation
"Rows: $($table.Rows.Count); columns: $($table.Columns.ColumnName -join ', ')"
$dataSet = New-Object System.Data.DataSet
$dataSet.Tables.Add($table.Copy())
$dataSet.Tables[0].Select("Messages > 100").Count
