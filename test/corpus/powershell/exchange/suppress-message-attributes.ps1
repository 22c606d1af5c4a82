# Support-script functions with the analyzer suppressions and attributes such scripts carry.
function Write-HostLog {
    [Diagnostics.CodeAnalysis.SuppressMessageAttribute('PSAvoidUsingWriteHost', '', Justification = 'Console output is the point')]
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true, ValueFromPipeline = $true)]
        [AllowEmptyString()]
        [string]$Message,

        [ValidateSet('Info', 'Warning', 'Error')]
        [string]$Level = 'Info'
    )
    process {
        $colour = switch ($Level) { 'Warning' { 'Yellow' } 'Error' { 'Red' } default { 'Gray' } }
        Write-Host "[$(Get-Date -Format 'HH:mm:ss')] $Message" -ForegroundColor $colour
        Add-Content -Path $script:LogPath -Value "$Level $Message"
    }
}

function Invoke-CatchActions {
    [Diagnostics.CodeAnalysis.SuppressMessageAttribute('PSUseSingularNouns', '')]
    [CmdletBinding()]
    param(
        [ScriptBlock]$CustomAction
    )
    $record = $Error[0]
    if ($null -ne $record) {
        Write-HostLog -Level Error -Message "$($record.CategoryInfo.Category): $($record.Exception.Message)"
        Write-HostLog -Level Error -Message $record.ScriptStackTrace
    }
    if ($null -ne $CustomAction) { & $CustomAction }
}

$script:LogPath = Join-Path $PSScriptRoot "Run_$(Get-Date -Format yyyyMMddHHmmss).txt"
try {
    Get-SendConnector -ErrorAction Stop | ForEach-Object { Write-HostLog "Send connector $($_.Name)" }
    Get-TransportConfig -ErrorAction Stop | Out-Null
}
catch {
    Invoke-CatchActions -CustomAction { Write-HostLog -Level Warning 'Continuing without connector data' }
}
