# The body of ConnectorTools.psm1: private helpers, public functions and an explicit export list.
Set-StrictMode -Version Latest

$script:ModuleRoot = $PSScriptRoot
$script:Defaults = @{ Port = 25; Fqdn = [System.Net.Dns]::GetHostEntry('localhost').HostName }

function Format-AddressSpace {
    param([Parameter(Mandatory)] [string] $Value)
    ($Value -split ';')[0] -replace '^smtp:', ''
}

function Get-ConnectorSummary {
    [CmdletBinding()]
    param([string] $Server = $env:COMPUTERNAME)
    Get-ReceiveConnector -Server $Server | ForEach-Object {
        [pscustomobject]@{
            Name     = $_.Name
            Bindings = ($_.Bindings | ForEach-Object { $_.ToString() }) -join ', '
            Auth     = $_.AuthMechanism
        }
    }
}

function Export-ConnectorReport {
    [CmdletBinding()]
    param([Parameter(Mandatory)] [string] $Path)
    $folder = Split-Path -Path $Path -Parent
    if ($folder -and -not (Test-Path $folder)) {
        New-Item -ItemType Directory -Path $folder -Force | Out-Null
    }
    Get-SendConnector |
        Select-Object Name, @{ Name = 'Spaces'; Expression = { ($_.AddressSpaces | ForEach-Object { Format-AddressSpace $_ }) -join ';' } }, Enabled |
        Export-Csv -Path $Path -NoTypeInformation -Encoding UTF8
}

New-Alias -Name gcs -Value Get-ConnectorSummary -Force
$ExecutionContext.SessionState.Module.OnRemove = {
    Write-Verbose 'ConnectorTools unloaded'
}

Export-ModuleMember -Function Get-ConnectorSummary, Export-ConnectorReport -Alias gcs -Variable Defaults
