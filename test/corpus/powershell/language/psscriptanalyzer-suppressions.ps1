function Invoke-LegacyCleanup {
    [Diagnostics.CodeAnalysis.SuppressMessageAttribute('PSAvoidUsingWriteHost', '', Justification = 'Interactive tool')]
    [Diagnostics.CodeAnalysis.SuppressMessageAttribute('PSUseShouldProcessForStateChangingFunctions', '')]
    [System.Diagnostics.CodeAnalysis.SuppressMessage('PSAvoidUsingPlainTextForPassword', 'Password', Scope = 'Function')]
    [CmdletBinding()]
    param(
        [string] $Password,
        [string] $Folder = "$env:TEMP\legacy"
    )

    Write-Host "Cleaning $Folder" -ForegroundColor Yellow
    Get-ChildItem -Path $Folder -Recurse -ErrorAction SilentlyContinue |
        Where-Object { -not $_.PSIsContainer -and $_.LastAccessTime -lt (Get-Date).AddYears(-1) } |
        Remove-Item -Force -ErrorAction SilentlyContinue
}

$settings = @{
    Severity     = @('Error', 'Warning')
    ExcludeRules = @('PSAvoidUsingWriteHost', 'PSUseSingularNouns')
    Rules        = @{
        PSPlaceOpenBrace = @{
            Enable             = $true
            OnSameLine         = $true
            NewLineAfter       = $true
            IgnoreOneLineBlock = $true
        }
        PSUseCompatibleSyntax = @{
            Enable         = $true
            TargetVersions = @('5.1')
        }
    }
}

if (Get-Module -ListAvailable -Name PSScriptAnalyzer) {
    $findings = Invoke-ScriptAnalyzer -Path $PSCommandPath -Settings $settings
    $findings | Group-Object Severity | Select-Object Name, Count
    $findings | Sort-Object Line | Format-Table Line, RuleName, Message -Wrap
    Invoke-Formatter -ScriptDefinition 'if($true){ "x" }' -Settings CodeFormattingOTBS
}
