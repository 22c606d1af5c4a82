#requires -Version 5.1
Configuration WebServerBaseline {
    param(
        [Parameter(Mandatory)]
        [string[]] $ComputerName,

        [string] $SiteRoot = 'C:\inetpub\contoso'
    )

    Import-DscResource -ModuleName PSDesiredStateConfiguration

    Node $ComputerName {
        WindowsFeature IIS {
            Ensure = 'Present'
            Name   = 'Web-Server'
        }

        WindowsFeature AspNet45 {
            Ensure    = 'Present'
            Name      = 'Web-Asp-Net45'
            DependsOn = '[WindowsFeature]IIS'
        }

        File SiteContent {
            Ensure          = 'Present'
            Type            = 'Directory'
            DestinationPath = $SiteRoot
            DependsOn       = '[WindowsFeature]IIS'
        }

        File DefaultPage {
            Ensure          = 'Present'
            DestinationPath = Join-Path $SiteRoot 'index.html'
            Contents        = "<html><body>$Node.NodeName</body></html>"
            DependsOn       = '[File]SiteContent'
        }

        Service W3SVC {
            Name        = 'W3SVC'
            State       = 'Running'
            StartupType = 'Automatic'
            DependsOn   = '[WindowsFeature]IIS'
        }
    }
}

$output = Join-Path $PSScriptRoot 'mof'
WebServerBaseline -ComputerName 'web01', 'web02' -OutputPath $output -Verbose
Get-ChildItem -Path $output -Filter *.mof | Select-Object Name, Length
