[DSCLocalConfigurationManager()]
Configuration PullClientSettings {
    param(
        [string] $NodeName = 'localhost',
        [Parameter(Mandatory)] [string] $RegistrationKey,
        [string] $PullServerUrl = 'https://dscpull.contoso.local:8080/PSDSCPullServer.svc'
    )

    Node $NodeName {
        Settings {
            RefreshMode                    = 'Pull'
            ConfigurationMode              = 'ApplyAndAutoCorrect'
            RefreshFrequencyMins           = 30
            ConfigurationModeFrequencyMins = 15
            RebootNodeIfNeeded             = $false
            ActionAfterReboot              = 'ContinueConfiguration'
        }

        ConfigurationRepositoryWeb PullServer {
            ServerURL          = $PullServerUrl
            RegistrationKey    = $RegistrationKey
            ConfigurationNames = @('ExchangeBaseline')
        }

        ReportServerWeb Reports {
            ServerURL       = $PullServerUrl
            RegistrationKey = $RegistrationKey
        }
    }
}

$key = (Get-Content -Path "$PSScriptRoot\RegistrationKeys.txt" -TotalCount 1).Trim()
PullClientSettings -RegistrationKey $key -OutputPath "$env:TEMP\lcm"
Set-DscLocalConfigurationManager -Path "$env:TEMP\lcm" -Verbose -Force
Get-DscLocalConfigurationManager | Select-Object RefreshMode, ConfigurationMode, LCMState
