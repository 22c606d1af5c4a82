[CmdletBinding(SupportsShouldProcess = $true)]
param(
    [Parameter(Mandatory = $true)]
    [string]$Name,

    [Parameter(Mandatory = $true)]
    [string]$AddressSpace,

    [string]$DropDirectory = "Drop\$Name",

    [string[]]$SourceTransportServers = @($env:COMPUTERNAME),

    [string]$Quota = '500MB'
)

# A foreign connector hands messages for a non-SMTP system (fax gateway, legacy X.400) to a
# drop folder that the gateway polls.
$connector = Get-ForeignConnector -Identity $Name -ErrorAction SilentlyContinue

if (-not $connector) {
    if ($PSCmdlet.ShouldProcess($Name, 'New-ForeignConnector')) {
        $connector = New-ForeignConnector -Name $Name -AddressSpaces $AddressSpace -SourceTransportServers $SourceTransportServers
    }
}

if ($connector -and $PSCmdlet.ShouldProcess($Name, "DropDirectory = $DropDirectory, quota $Quota")) {
    Set-ForeignConnector -Identity $connector.Identity -DropDirectory $DropDirectory -DropDirectoryQuota $Quota -RelayDsnRequired $true
}

foreach ($s in $SourceTransportServers) {
    $root = (Get-TransportService -Identity $s).RootDropDirectoryPath
    if (-not $root) {
        Write-Warning "$s has no RootDropDirectoryPath; DropDirectory must then be an absolute path."
    }
}

Get-ForeignConnector -Identity $Name | Format-List Name, AddressSpaces, DropDirectory, DropDirectoryQuota, SourceTransportServers, Enabled
