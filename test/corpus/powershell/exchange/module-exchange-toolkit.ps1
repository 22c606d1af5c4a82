#requires -Version 5.1
# ExchangeToolkit.psm1 - a small module of mail-flow helpers with aliases.

$script:DefaultStart = { (Get-Date).AddHours(-24) }

function Get-TrackingSummary {
    [CmdletBinding()]
    param(
        [Parameter(ValueFromPipelineByPropertyName)]
        [Alias('Name')]
        [string]$Server = $env:COMPUTERNAME,
        [datetime]$Start = (& $script:DefaultStart)
    )
    process {
        Get-MessageTrackingLog -Server $Server -Start $Start -ResultSize Unlimited |
            Group-Object EventId -NoElement |
            Sort-Object Count -Descending |
            Select-Object @{ n = 'Server'; e = { $Server } }, @{ n = 'Event'; e = { $_.Name } }, Count
    }
}

function Get-QueueTotal {
    [CmdletBinding()]
    param([string[]]$Server = (Get-TransportService).Name)
    foreach ($s in $Server) {
        [pscustomobject]@{
            Server   = $s
            Messages = (Get-Queue -Server $s | Measure-Object -Property MessageCount -Sum).Sum
        }
    }
}

function Test-SmtpDomain {
    [CmdletBinding()]
    [OutputType([bool])]
    param([Parameter(Mandatory)][string]$Domain)
    [bool](Get-AcceptedDomain | Where-Object { "$($_.DomainName)" -eq $Domain })
}

New-Alias -Name gts -Value Get-TrackingSummary -Force
Set-Alias -Name gqt -Value Get-QueueTotal

Export-ModuleMember -Function Get-TrackingSummary, Get-QueueTotal, Test-SmtpDomain -Alias gts, gqt
