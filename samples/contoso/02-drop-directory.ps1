# Step 2: point the connector at the Drop directory the Contoso gateway collects messages from.
Set-ForeignConnector "Contoso Foreign Connector" -DropDirectory "C:\Drop Directory"

# Check: the connector shows the new Drop directory.
Get-ForeignConnector "Contoso Foreign Connector" | Format-List Name,DropDirectory
