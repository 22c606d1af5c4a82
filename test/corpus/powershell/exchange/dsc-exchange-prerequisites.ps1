<#
    DSC configuration for the Windows features an Exchange 2019 Mailbox server needs.
    Compile with: ExchangePrerequisites -ConfigurationData $data -OutputPath C:\DSC
#>
Configuration ExchangePrerequisites {
    param(
        [string[]]$Features = @(
            'Server-Media-Foundation', 'NET-Framework-45-Features', 'RPC-over-HTTP-proxy',
            'RSAT-Clustering', 'RSAT-Clustering-CmdInterface', 'RSAT-Clustering-PowerShell',
            'WAS-Process-Model', 'Web-Asp-Net45', 'Web-Basic-Auth', 'Web-Client-Auth',
            'Web-Digest-Auth', 'Web-Dir-Browsing', 'Web-Dyn-Compression', 'Web-Http-Errors',
            'Web-Http-Logging', 'Web-Http-Redirect', 'Web-Http-Tracing', 'Web-ISAPI-Ext',
            'Web-ISAPI-Filter', 'Web-Metabase', 'Web-Mgmt-Service', 'Web-Net-Ext45',
            'Web-Request-Monitor', 'Web-Server', 'Web-Stat-Compression', 'Web-Static-Content',
            'Web-Windows-Auth', 'Web-WMI', 'RSAT-ADDS'
        )
    )

    Import-DscResource -ModuleName PSDesiredStateConfiguration

    Node $AllNodes.Where({ $_.Role -eq 'Mailbox' }).NodeName {
        foreach ($feature in $Features) {
            WindowsFeature "Feature_$($feature -replace '-', '_')" {
                Name   = $feature
                Ensure = 'Present'
            }
        }

        Service 'WinRM' {
            Name        = 'WinRM'
            StartupType = 'Automatic'
            State       = 'Running'
        }

        Registry 'DisableTls10Server' {
            Key       = 'HKLM:\SYSTEM\CurrentControlSet\Control\SecurityProviders\SCHANNEL\Protocols\TLS 1.0\Server'
            ValueName = 'Enabled'
            ValueData = '0'
            ValueType = 'Dword'
            Ensure    = 'Present'
        }
    }
}

$data = @{
    AllNodes = @(
        @{ NodeName = 'EX01'; Role = 'Mailbox' }
        @{ NodeName = 'EX02'; Role = 'Mailbox' }
        @{ NodeName = 'EDGE01'; Role = 'Edge' }
    )
}

ExchangePrerequisites -ConfigurationData $data -OutputPath 'C:\DSC\ExchangePrerequisites'
