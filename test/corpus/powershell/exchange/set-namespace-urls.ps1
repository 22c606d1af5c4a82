[CmdletBinding(SupportsShouldProcess = $true)]
param(
    [Parameter(Mandatory = $true)]
    [string]$Server,

    [Parameter(Mandatory = $true)]
    [ValidatePattern('^[a-z0-9.-]+$')]
    [string]$Namespace,

    [string]$AutodiscoverNamespace = "autodiscover.$($Namespace -replace '^[^.]+\.', '')"
)

$base = "https://$Namespace"

$plan = @(
    @{ Cmd = 'Set-OwaVirtualDirectory';         Id = "$Server\owa (Default Web Site)";                Path = '/owa' }
    @{ Cmd = 'Set-EcpVirtualDirectory';         Id = "$Server\ecp (Default Web Site)";                Path = '/ecp' }
    @{ Cmd = 'Set-WebServicesVirtualDirectory'; Id = "$Server\EWS (Default Web Site)";                Path = '/EWS/Exchange.asmx' }
    @{ Cmd = 'Set-ActiveSyncVirtualDirectory';  Id = "$Server\Microsoft-Server-ActiveSync (Default Web Site)"; Path = '/Microsoft-Server-ActiveSync' }
    @{ Cmd = 'Set-OabVirtualDirectory';         Id = "$Server\OAB (Default Web Site)";                Path = '/OAB' }
    @{ Cmd = 'Set-MapiVirtualDirectory';        Id = "$Server\mapi (Default Web Site)";               Path = '/mapi' }
)

foreach ($step in $plan) {
    $url = $base + $step.Path
    if ($PSCmdlet.ShouldProcess($step.Id, "$($step.Cmd) -InternalUrl/-ExternalUrl $url")) {
        & $step.Cmd -Identity $step.Id -InternalUrl $url -ExternalUrl $url
    }
}

$scp = "https://$AutodiscoverNamespace/Autodiscover/Autodiscover.xml"
if ($PSCmdlet.ShouldProcess($Server, "AutoDiscoverServiceInternalUri = $scp")) {
    Set-ClientAccessService -Identity $Server -AutoDiscoverServiceInternalUri $scp
}
