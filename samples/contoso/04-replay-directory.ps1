# Step 4: set the Replay directory, where the foreign gateway puts messages bound for Exchange.
Set-TransportService Hub01 -ReplayDirectoryPath "C:\Replay Directory"

# Check: the transport service shows the new path.
Get-TransportService Hub01 | Format-List ReplayDirectoryPath
