# Builds a module manifest and reads it back the way a release script does.
$manifestPath = Join-Path $env:TEMP 'ConnectorTools\ConnectorTools.psd1'
New-Item -ItemType Directory -Path (Split-Path $manifestPath) -Force | Out-Null

$manifest = @{
    Path              = $manifestPath
    RootModule        = 'ConnectorTools.psm1'
    ModuleVersion     = '1.4.0'
    GUID              = [guid]::NewGuid()
    Author            = 'Messaging Team'
    CompanyName       = 'Contoso'
    Description       = 'Helpers for Exchange connectors'
    PowerShellVersion = '5.1'
    FunctionsToExport = @('Get-ConnectorSummary', 'Export-ConnectorReport')
    CmdletsToExport   = @()
    AliasesToExport   = 'gcs'
    RequiredModules   = @(@{ ModuleName = 'Pester'; ModuleVersion = '5.3.0' })
    PrivateData       = @{
        PSData = @{
            Tags       = 'Exchange', 'Transport'
            ProjectUri = 'https://github.com/contoso/connectortools'
        }
    }
}
New-ModuleManifest @manifest

$data = Import-PowerShellDataFile -Path $manifestPath
"Version {0}, {1} functions, tags: {2}" -f $data.ModuleVersion, $data.FunctionsToExport.Count, ($data.PrivateData.PSData.Tags -join ', ')
Test-ModuleManifest -Path $manifestPath -ErrorAction SilentlyContinue | Select-Object Name, Version, ExportedFunctions

$next = [version]$data.ModuleVersion
$bumped = [version]::new($next.Major, $next.Minor + 1, 0)
Update-ModuleManifest -Path $manifestPath -ModuleVersion $bumped -ErrorAction SilentlyContinue
