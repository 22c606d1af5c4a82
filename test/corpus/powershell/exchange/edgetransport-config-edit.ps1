<#
.SYNOPSIS
    Changes an appSettings key in EdgeTransport.exe.config (for example the queue database path),
    keeping a dated backup, then restarts the transport service.
#>
[CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'High')]
param(
    [Parameter(Mandatory = $true)]
    [ValidateSet('QueueDatabasePath', 'QueueDatabaseLoggingPath', 'DatabaseCheckPointDepthMax', 'QueueDatabaseMaxConnections')]
    [string]$Key,

    [Parameter(Mandatory = $true)]
    [string]$Value
)

$path = Join-Path $env:ExchangeInstallPath 'Bin\EdgeTransport.exe.config'
$backup = '{0}.{1:yyyyMMddHHmmss}.bak' -f $path, (Get-Date)

[xml]$config = Get-Content -Path $path -Raw
$node = $config.SelectSingleNode("/configuration/appSettings/add[@key='$Key']")

if ($null -eq $node) {
    $node = $config.CreateElement('add')
    [void]$node.SetAttribute('key', $Key)
    [void]$config.configuration.appSettings.AppendChild($node)
}

$old = $node.GetAttribute('value')
if ($old -eq $Value) {
    Write-Host "$Key is already '$Value'." -ForegroundColor Green
    return
}

if ($PSCmdlet.ShouldProcess($path, "$Key '$old' -> '$Value'")) {
    Copy-Item -Path $path -Destination $backup
    $node.SetAttribute('value', $Value)
    $config.Save($path)
    Restart-Service -Name MSExchangeTransport -Force
    Write-Host "Changed $Key; backup at $backup" -ForegroundColor Yellow
}
