# Inventory of foreign connectors and the drop directories they write to.
# Run on a Mailbox server; the drop directory is resolved against the transport service's root.

$transport = @{}
Get-TransportService | ForEach-Object { $transport[$_.Name] = $_.RootDropDirectoryPath }

Get-ForeignConnector | ForEach-Object {
    $connector = $_
    foreach ($source in $connector.SourceTransportServers) {
        $root = $transport["$source"]
        if ([string]::IsNullOrEmpty($root)) {
            $fullPath = $connector.DropDirectory
        }
        else {
            $fullPath = Join-Path -Path $root -ChildPath $connector.DropDirectory
        }

        New-Object -TypeName PSObject -Property ([ordered]@{
            Connector     = $connector.Name
            Server        = "$source"
            DropDirectory = $fullPath
            QuotaMB       = if ($connector.DropDirectoryQuota -ne $null) { $connector.DropDirectoryQuota.ToString() } else { 'Unlimited' }
            AddressSpaces = $connector.AddressSpaces -join ';'
            Enabled       = $connector.Enabled
        })
    }
} | Format-List
