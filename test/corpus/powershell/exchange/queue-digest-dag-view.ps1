[CmdletBinding()]
param(
    [Parameter(Mandatory = $true, ParameterSetName = 'Dag')]
    [string]$Dag,

    [Parameter(Mandatory = $true, ParameterSetName = 'Site')]
    [string]$Site,

    [ValidateSet('NextHopDomain', 'NextHopCategory', 'NextHopKey', 'DeliveryType', 'Status', 'RiskLevel', 'LastError', 'ServerName', 'OutboundIPPool')]
    [string]$GroupBy = 'NextHopDomain'
)

$digestParams = @{
    GroupBy      = $GroupBy
    DetailsLevel = 'Normal'
    ResultSize   = 50
}

switch ($PSCmdlet.ParameterSetName) {
    'Dag'  { $digestParams.Dag = $Dag }
    'Site' { $digestParams.Site = $Site }
}

Get-QueueDigest @digestParams |
    Sort-Object MessageCount -Descending |
    Format-Table GroupByValue, MessageCount, DeferredMessageCount, LockedMessageCount, StaleMessageCount -AutoSize
