<#
.SYNOPSIS
    Connects to an on-premises Exchange server and lists the transport configuration.
.NOTES
    Run from a domain-joined workstation; Kerberos is used unless -Credential is given.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)]
    [string] $Server,
    [pscredential] $Credential,
    [string] $Prefix = ''
)

$sessionParams = @{
    ConfigurationName = 'Microsoft.Exchange'
    ConnectionUri     = "http://$Server/PowerShell/"
    Authentication    = 'Kerberos'
    ErrorAction       = 'Stop'
}
if ($Credential) { $sessionParams['Credential'] = $Credential }

$session = $null
try {
    $session = New-PSSession @sessionParams
    $importParams = @{ Session = $session; DisableNameChecking = $true; AllowClobber = $true }
    if ($Prefix) { $importParams.Prefix = $Prefix }
    $module = Import-PSSession @importParams
    Write-Verbose "Imported $($module.ExportedCommands.Count) commands from $Server"

    Get-TransportService | Select-Object Name, MessageTrackingLogEnabled, MaxConcurrentMailboxDeliveries
    Get-ReceiveConnector | Format-Table Identity, Enabled, @{ n = 'Bindings'; e = { $_.Bindings -join ' ' } } -AutoSize
    Get-SendConnector | Select-Object Name, @{ n = 'Spaces'; e = { $_.AddressSpaces -join ', ' } }, SmartHosts
    Get-TransportConfig | Select-Object MaxSendSize, MaxReceiveSize, MaxRecipientEnvelopeLimit
}
catch [System.Management.Automation.Remoting.PSRemotingTransportException] {
    Write-Error "Could not connect to ${Server}: $($_.Exception.Message)"
}
finally {
    if ($session) { Remove-PSSession -Session $session }
}
