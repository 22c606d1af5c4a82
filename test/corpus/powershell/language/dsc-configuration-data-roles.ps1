$ConfigData = @{
    AllNodes = @(
        @{
            NodeName                    = '*'
            PSDscAllowPlainTextPassword = $false
            LogPath                     = 'D:\Logs'
        }
        @{
            NodeName = 'ex01'
            Role     = 'Mailbox'
        }
        @{
            NodeName = 'ex02'
            Role     = 'Mailbox'
        }
        @{
            NodeName = 'edge01'
            Role     = 'Edge'
            LogPath  = 'E:\EdgeLogs'
        }
    )
    NonNodeData = @{
        Organization = 'Contoso'
    }
}

Configuration ExchangePrerequisites {
    Import-DscResource -ModuleName 'PSDesiredStateConfiguration'

    Node $AllNodes.Where{ $_.Role -eq 'Mailbox' }.NodeName {
        foreach ($feature in 'RSAT-ADDS', 'NET-Framework-45-Features', 'Web-Mgmt-Console') {
            WindowsFeature "Feature_$($feature -replace '-', '')" {
                Name   = $feature
                Ensure = 'Present'
            }
        }
    }

    Node $AllNodes.Where({ $_.Role -eq 'Edge' }).NodeName {
        WindowsFeature ADLDS {
            Name   = 'ADLDS'
            Ensure = 'Present'
        }
    }

    Node $AllNodes.NodeName {
        File LogFolder {
            DestinationPath = $Node.LogPath
            Type            = 'Directory'
            Ensure          = 'Present'
        }

        Registry OrgName {
            Key       = 'HKEY_LOCAL_MACHINE\SOFTWARE\Contoso\Messaging'
            ValueName = 'Organization'
            ValueData = $ConfigurationData.NonNodeData.Organization
            ValueType = 'String'
            Ensure    = 'Present'
        }
    }
}

ExchangePrerequisites -ConfigurationData $ConfigData -OutputPath "$env:TEMP\ExchangePrereq"
