using module .\Modules\ConnectorModel\ConnectorModel.psm1
using namespace System.Collections.Generic
#requires -Version 5.1

<#
.SYNOPSIS
    Uses classes exported by a script module; 'using module' makes the module's classes visible here.
#>
[CmdletBinding()]
param([string] $Server = 'ex01')

class ConnectorAudit {
    [string] $Server
    [List[string]] $Findings = [List[string]]::new()

    ConnectorAudit([string] $server) {
        $this.Server = $server
    }

    [void] Check([object] $connector) {
        if ($connector.PermissionGroups -match 'AnonymousUsers' -and -not $connector.RemoteIPRanges) {
            $this.Findings.Add("$($connector.Name): anonymous without remote ranges")
        }
        if ($connector.MaxMessageSize -and [string]$connector.MaxMessageSize -match '^(\d+(\.\d+)?) MB') {
            if ([double]$Matches[1] -gt 100) {
                $this.Findings.Add("$($connector.Name): message size over 100 MB")
            }
        }
    }

    [string] Report() {
        if ($this.Findings.Count -eq 0) { return "$($this.Server): no findings" }
        return "$($this.Server):`n  " + ($this.Findings -join "`n  ")
    }
}

$audit = [ConnectorAudit]::new($Server)
Get-ReceiveConnector -Server $Server -ErrorAction SilentlyContinue | ForEach-Object { $audit.Check($_) }
$audit.Report()
