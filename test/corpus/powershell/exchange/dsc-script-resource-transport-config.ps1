# DSC configuration with Script resources that keep two transport settings in place on the
# Mailbox servers; the Exchange snap-in is loaded inside each script block.
Configuration TransportSettings {
    param(
        [string]$TrackingMaxAge = '45.00:00:00',
        [string]$ExpirationTimeout = '3.00:00:00'
    )

    Import-DscResource -ModuleName PSDesiredStateConfiguration

    Node $AllNodes.NodeName {
        Script TrackingLogAge {
            GetScript  = {
                Add-PSSnapin Microsoft.Exchange.Management.PowerShell.SnapIn
                @{ Result = "$((Get-TransportService -Identity $env:COMPUTERNAME).MessageTrackingLogMaxAge)" }
            }
            TestScript = {
                Add-PSSnapin Microsoft.Exchange.Management.PowerShell.SnapIn
                "$((Get-TransportService -Identity $env:COMPUTERNAME).MessageTrackingLogMaxAge)" -eq $using:TrackingMaxAge
            }
            SetScript  = {
                Add-PSSnapin Microsoft.Exchange.Management.PowerShell.SnapIn
                Set-TransportService -Identity $env:COMPUTERNAME -MessageTrackingLogMaxAge $using:TrackingMaxAge
            }
        }

        Script MessageExpiration {
            GetScript  = { @{ Result = 'see TestScript' } }
            TestScript = {
                Add-PSSnapin Microsoft.Exchange.Management.PowerShell.SnapIn
                "$((Get-TransportService -Identity $env:COMPUTERNAME).MessageExpirationTimeout)" -eq $using:ExpirationTimeout
            }
            SetScript  = {
                Add-PSSnapin Microsoft.Exchange.Management.PowerShell.SnapIn
                Set-TransportService -Identity $env:COMPUTERNAME -MessageExpirationTimeout $using:ExpirationTimeout
            }
            DependsOn  = '[Script]TrackingLogAge'
        }
    }
}

TransportSettings -ConfigurationData @{ AllNodes = @(@{ NodeName = 'EX01' }, @{ NodeName = 'EX02' }) } -OutputPath C:\DSC\TransportSettings
