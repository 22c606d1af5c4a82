# Step 3: set the Pickup directory on the transport service of Hub01. Messages copied there are
# submitted for delivery, which is how administrators test mail flow.
Set-TransportService Hub01 -PickupDirectoryPath "C:\Pickup Directory"

# Check: the transport service shows the new path.
Get-TransportService Hub01 | Format-List PickupDirectoryPath
