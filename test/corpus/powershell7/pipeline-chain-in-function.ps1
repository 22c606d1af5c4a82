#requires -Version 7.0
function Publish-Module {
    [CmdletBinding()]
    param([string] $Path = './src/ConnectorTools', [string] $Repository = 'Internal')

    Test-ModuleManifest -Path "$Path/ConnectorTools.psd1" -ErrorAction SilentlyContinue > $null ||
        Write-Error "The manifest under $Path is not valid"

    Invoke-ScriptAnalyzer -Path $Path -Recurse -Severity Error -EnableExit && Write-Verbose 'analysis clean'
    Invoke-Pester -Path ./tests -CI && Publish-PSResource -Path $Path -Repository $Repository
}

Publish-Module -Verbose
