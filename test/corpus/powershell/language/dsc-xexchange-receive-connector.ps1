Configuration ExchangeRelayConnectors {
    param(
        [Parameter(Mandatory)]
        [pscredential] $ExchangeAdmin,
        [string[]] $RelayRanges = @('10.0.10.0/24', '10.0.20.15')
    )

    Import-DscResource -ModuleName @{ ModuleName = 'xExchange'; RequiredVersion = '1.33.0' }
    Import-DscResource -ModuleName PSDesiredStateConfiguration

    Node $AllNodes.Where({ $_.Role -contains 'Mailbox' }).NodeName {
        LocalConfigurationManager {
            CertificateId      = $Node.Thumbprint
            RebootNodeIfNeeded = $true
        }

        xExchReceiveConnector AnonymousRelay {
            Identity         = "$($Node.NodeName)\Anonymous Relay"
            Credential       = $ExchangeAdmin
            Ensure           = 'Present'
            TransportRole    = 'FrontendTransport'
            Usage            = 'Custom'
            Bindings         = '0.0.0.0:25'
            RemoteIPRanges   = $RelayRanges
            PermissionGroups = 'AnonymousUsers'
            ExtendedRightAllowEntries = @(
                MSFT_KeyValuePair { Key = 'NT AUTHORITY\ANONYMOUS LOGON'; Value = 'Ms-Exch-SMTP-Accept-Any-Recipient' }
            )
        }

        WaitForAll DomainReady {
            ResourceName     = '[WindowsFeature]ADDS'
            NodeName         = 'dc01'
            RetryIntervalSec = 60
            RetryCount       = 30
        }

        Service TransportRunning {
            Name      = 'MSExchangeFrontEndTransport'
            State     = 'Running'
            DependsOn = '[xExchReceiveConnector]AnonymousRelay'
            PsDscRunAsCredential = $ExchangeAdmin
        }
    }
}

$cd = @{ AllNodes = @(@{ NodeName = 'ex01'; Role = @('Mailbox'); Thumbprint = 'ABCDEF0123456789ABCDEF0123456789ABCDEF01'; CertificateFile = 'C:\certs\ex01.cer' }) }
ExchangeRelayConnectors -ConfigurationData $cd -ExchangeAdmin (Get-Credential) -OutputPath C:\DSC\Relay
