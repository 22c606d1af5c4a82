# Step 1 of the Foreign-connector procedure: create the connector that hands messages for the
# Contoso X.400 system to its gateway. Cost 5 lets a cheaper route win when one exists.
New-ForeignConnector -Name "Contoso Foreign Connector" -AddressSpaces "X400:c=US;a=Fabrikam;P=Contoso;5" -SourceTransportServers Hub01,Hub02

# Check: the connector is listed.
Get-ForeignConnector | Format-List Name
